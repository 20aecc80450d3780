# api: torch.zeros
import torch
z = torch.zeros(3, dtype=torch.long)
o = torch.ones(2, 2, dtype=torch.int)
zb = torch.zeros(2, dtype=torch.bool)
e = torch.empty(0, dtype=torch.long)
dtypes = (z.dtype, o.dtype, zb.dtype, e.dtype)
