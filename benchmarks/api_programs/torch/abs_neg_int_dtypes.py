# api: torch.abs
import torch
i8 = torch.tensor([-3, 4], dtype=torch.int8)
a = torch.abs(i8)
n = torch.neg(torch.tensor([1, -2], dtype=torch.int16))
s = torch.sign(torch.tensor([-2.5, 0.0, 1.0], dtype=torch.float64))
a_dtype = a.dtype
n_dtype = n.dtype
s_dtype = s.dtype
