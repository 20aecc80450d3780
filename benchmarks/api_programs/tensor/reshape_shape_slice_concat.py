# api: torch.Tensor.reshape
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = x.reshape(x.shape[:-1] + (2, -1))
b = x.reshape(*x.shape[:-1], 2, -1)
c = x.reshape(len(x), -1)
d = x.view(*x.shape[:2], -1)
