# api: torch.cumprod
import torch
a = torch.tensor([1000, 1000, 1000, 1000], dtype=torch.int32)
c = torch.cumprod(a, 0)
c_dtype = c.dtype
p_ = a.prod()
