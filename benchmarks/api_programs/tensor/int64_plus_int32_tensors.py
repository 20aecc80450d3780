# api: torch.Tensor.__add__
import torch
a = torch.tensor([1, 2], dtype=torch.int64)
b = torch.tensor([3, 4], dtype=torch.int32)
s = a + b
s_dtype = s.dtype
t = b + torch.tensor(5)
t_dtype = t.dtype
u = b + torch.tensor([5])
u_dtype = u.dtype
