# api: torch.log
import torch
x = torch.tensor([1e-10, 1.0, 1e10], dtype=torch.float64)
l = torch.log(x)
l1p = torch.log1p(x)
s = torch.sigmoid(x)
r = torch.rsqrt(x)
l_dtype = l.dtype
