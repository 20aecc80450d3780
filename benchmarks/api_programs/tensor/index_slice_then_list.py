# api: torch.Tensor.__getitem__
import torch
x = torch.arange(12).reshape(3, 4)
a = x[:, [2, 0]]
b = x[1:, [3]]
