# api: torch.Tensor.__getitem__
import torch
x = torch.arange(12).reshape(3, 4)
a = x[x % 3 == 0]
b = x[(x > 2) & (x < 7)]
