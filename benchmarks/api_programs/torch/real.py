# api: torch.real
import torch
x = torch.tensor([[1.5, -2.0], [0.0, 3.25]])
r = torch.real(x)
same = r is x
