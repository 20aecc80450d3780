# api: torch.erf
import torch
x = torch.tensor([0.0, -1.0, 10.0, 0.5])
y = torch.erf(x)
