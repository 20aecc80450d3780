# api: torch.pow
import torch
a = torch.tensor([2, -3, 4])
p1 = a ** 2
p2 = torch.pow(a, 3)
p3 = 2 ** a
p4 = a ** 0.5
dtypes = (p1.dtype, p2.dtype, p3.dtype, p4.dtype)
