# api: torch.Tensor.__truediv__
import torch
a = torch.tensor(3)
b = torch.tensor(2)
q = a / b
fq = a // b
r = a % b
dt = (q.dtype, fq.dtype, r.dtype)
