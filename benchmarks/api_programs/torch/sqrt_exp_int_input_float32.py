# api: torch.sqrt
import torch
a = torch.tensor([4, 9], dtype=torch.int64)
s = torch.sqrt(a)
e = torch.exp(a.to(torch.int16))
l = torch.log(torch.tensor([1, 2], dtype=torch.uint8))
dtypes = (s.dtype, e.dtype, l.dtype)
