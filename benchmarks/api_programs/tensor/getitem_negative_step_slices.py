# api: torch.Tensor.__getitem__
import torch
x = torch.arange(10)
a = x[-3:]
b = x[1:-1:3]
c = x[-1]
