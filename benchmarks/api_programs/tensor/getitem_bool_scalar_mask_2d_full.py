# api: torch.Tensor.__getitem__
import torch
x = torch.arange(6).reshape(2, 3)
m = x > 2
v = x[m]
x2 = x.clone()
x2[~m] = -x2[~m]
