# api: torch.sum
import torch
x = torch.arange(24.0).reshape(2, 3, 4)
a = x.sum(dim=(-2, -1))
b = torch.sum(x, [-1, 0], keepdim=True)
