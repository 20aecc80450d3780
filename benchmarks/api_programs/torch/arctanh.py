# api: torch.arctanh
import torch
x = torch.tensor([-0.9, -0.2, 0.0, 0.6])
y = torch.arctanh(x)
