# api: torch.Tensor.__getitem__
import torch
x = torch.arange(10)
a = x[::2]
b = x[1::3]
c = x[-4::2]
