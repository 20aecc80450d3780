# api: torch.cumprod
import torch
x = torch.tensor([1, 2, 3, 4], dtype=torch.int32)
a = torch.cumprod(x, 0)
b = torch.cumsum(x, dim=0)
c = torch.cumsum(x, 0, dtype=torch.float32)
a_dtype = a.dtype
b_dtype = b.dtype
m2 = torch.cumsum(torch.ones(2, 3), dim=-2)
