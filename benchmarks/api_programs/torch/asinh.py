# api: torch.asinh
import torch
x = torch.tensor([[-1.0, 0.0], [1.0, 4.0]])
y = torch.asinh(x)
