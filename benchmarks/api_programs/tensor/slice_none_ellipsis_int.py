# api: torch.Tensor.__getitem__
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = x[None, ..., 1]
b = x[None, 0, ..., None]
