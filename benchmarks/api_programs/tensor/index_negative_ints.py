# api: torch.Tensor.__getitem__
import torch
x = torch.arange(12).reshape(3, 4)
a = x[-1]
b = x[-1, -1]
c = x[:, -2]
