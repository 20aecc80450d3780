# api: torch.Tensor.__getitem__
import torch
x = torch.arange(12).reshape(3, 4)
a = x[[0, 1, 2], [1, 2, 3]]
b = x[[0, 2], -1]
