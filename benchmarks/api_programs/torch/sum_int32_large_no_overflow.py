# api: torch.sum
import torch
a = torch.full((4,), 2**30, dtype=torch.int32)
s = a.sum()
s_dtype = s.dtype
m = a.max()
