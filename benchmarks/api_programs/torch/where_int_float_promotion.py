# api: torch.where
import torch
c = torch.tensor([True, False, True])
i = torch.tensor([1, 2, 3])
f = torch.tensor([0.5, 0.5, 0.5])
a = torch.where(c, i, f)
b = torch.where(c, i, 0)
d = torch.where(c, i, 0.5)
e = torch.where(c, 1, 0)
a_dtype = a.dtype
b_dtype = b.dtype
d_dtype = d.dtype
e_dtype = e.dtype
