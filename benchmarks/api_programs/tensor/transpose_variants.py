# api: torch.Tensor.transpose
import torch
x = torch.arange(24).view(2, 3, 4)
a = x.transpose(0, 1)
b = torch.transpose(x, -1, -2)
c = x.transpose(dim0=2, dim1=0)
d = x[0].t()
e = x.mT
f = x.swapaxes(0, 2)
g = x[0].T
