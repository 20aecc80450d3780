# api: torch.unflatten
import torch
x = torch.arange(12).reshape(2, 6)
a = x.unflatten(-1, (2, 3))
b = torch.unflatten(x, 1, (-1, 2))
