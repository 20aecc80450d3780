# api: torch.pow
import torch
a = torch.tensor([2, 4])
b = a ** -1.0
c = a.float() ** -1
d = torch.pow(2.0, a)
dtypes = (b.dtype, c.dtype, d.dtype)
