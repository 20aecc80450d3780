# api: torch.Tensor.reshape
import torch
x = torch.arange(12.)
a = x.reshape(3, 4)
b = torch.reshape(x, (2, -1))
c = x.reshape([2, 2, 3]).reshape(-1, 3)
d = a.t().reshape(-1)
e = a.reshape(a.shape[0], 2, 2)
f = x.reshape(shape=(6, 2))
