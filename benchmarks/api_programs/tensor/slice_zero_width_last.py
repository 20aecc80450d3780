# api: torch.Tensor.__getitem__
import torch
x = torch.arange(12).reshape(3, 4)
a = x[..., :0]
b = x[:0, :]
c = a.sum(-1)
