# api: torch.cumsum
import torch
a = torch.tensor([1, 2, 3], dtype=torch.int32)
c = torch.cumsum(a, 0)
c_dtype = c.dtype
b = torch.tensor([True, False, True])
cb = b.cumsum(0)
cb_dtype = cb.dtype
