# api: torch.Tensor.sort
import torch
x = torch.tensor([2., 0., 1.])
v, i = x.sort()
i_dt = i.dtype
j = x.argsort()
j_dt = j.dtype
k = x.argmax().dtype
