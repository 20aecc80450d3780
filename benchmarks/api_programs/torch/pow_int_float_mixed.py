# api: torch.pow
import torch
i = torch.tensor([1, 2, 3])
a = torch.pow(i, 2)
b = torch.pow(i, 0.5)
c = torch.pow(2, i)
d = torch.pow(2.0, i)
e = i ** -1.0
f = torch.pow(torch.tensor([2.0, 3.0]), torch.tensor([3, 2]))
a_dtype = a.dtype
c_dtype = c.dtype
