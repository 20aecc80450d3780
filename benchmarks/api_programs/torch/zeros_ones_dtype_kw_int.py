# api: torch.zeros
import torch
z = torch.zeros(2, 3, dtype=torch.int64)
o = torch.ones((2,), dtype=torch.bool)
e = torch.empty(3, dtype=torch.float64).fill_(2.5)
zi = torch.zeros([2, 2], dtype=torch.int32) + 1
oi = torch.ones(3, dtype=torch.uint8) * 200
zsz = torch.zeros(torch.Size([2, 1]))
o_dtype = o.dtype
