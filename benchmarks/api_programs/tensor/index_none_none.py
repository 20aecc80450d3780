# api: torch.Tensor.__getitem__
import torch
x = torch.arange(3)
a = x[None]
b = x[None, None]
c = x[:, None, None]
