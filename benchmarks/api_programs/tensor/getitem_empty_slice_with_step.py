# api: torch.Tensor.__getitem__
import torch
x = torch.arange(7)
a = x[7::2]
b = x[1:1:2]
c = x[-1:6:3]
d = torch.arange(1)[1::2]
