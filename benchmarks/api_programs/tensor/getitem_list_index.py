# api: torch.Tensor.__getitem__
import torch
x = torch.arange(12).reshape(4, 3)
a = x[[0, 3]]
b = x[[0, 1], [2, 0]]
