# api: torch.add
import torch
a = torch.tensor([1, 2], dtype=torch.int32)
b = torch.tensor([3, 4], dtype=torch.int64)
c = torch.tensor([1, 1], dtype=torch.uint8)
d = torch.tensor([True, False])
ab = torch.add(a, b)
ac = torch.add(a, c)
ad = torch.add(a, d)
bd = b * d
ab_dtype = ab.dtype
ac_dtype = ac.dtype
ad_dtype = ad.dtype
bd_dtype = bd.dtype
