# api: torch.prod
import torch
a = torch.tensor([1, 2, 3], dtype=torch.int32)
p1 = torch.prod(a)
p1_dtype = p1.dtype
u = torch.tensor([10, 20, 30], dtype=torch.uint8)
p2 = u.prod()
p2_dtype = p2.dtype
b = torch.tensor([True, True])
p3 = b.prod()
p3_dtype = p3.dtype
