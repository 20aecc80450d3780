# api: torch.sum
import torch
u = torch.tensor([200, 100], dtype=torch.uint8)
s = torch.sum(u)
s_dtype = s.dtype
b = torch.ones(3, 4, dtype=torch.bool)
sb = b.sum(dim=0)
sb_dtype = sb.dtype
cs = torch.cumsum(u, 0)
cs_dtype = cs.dtype
