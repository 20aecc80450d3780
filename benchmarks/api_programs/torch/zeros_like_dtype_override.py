# api: torch.zeros_like
import torch
x = torch.tensor([1.5, 2.5])
a = torch.zeros_like(x, dtype=torch.bool)
b = torch.ones_like(x, dtype=torch.int32)
c = torch.full_like(x, 7, dtype=torch.int8)
d = torch.empty_like(x, dtype=torch.float64).dtype
dtypes = (a.dtype, b.dtype, c.dtype)
