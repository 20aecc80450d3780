# api: torch.Tensor.__getitem__
import torch
x = torch.arange(12).reshape(4, 3)
a = x[[0, 2, 2]]
b = x[[3, -1]]
