# api: torch.mean
import torch
x = torch.arange(24.0).reshape(2, 3, 4)
a = x.mean([0, 2], keepdim=True)
b = torch.mean(x, dim=(-1,))
