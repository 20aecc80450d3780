# api: torch.full
import torch
a = torch.full((2,), 3)
b = torch.full((2,), 3.0)
c = torch.full((2,), True)
d = torch.full((2, 2), 7, dtype=torch.float64)
e = torch.full([3], -1, dtype=torch.int8)
dtypes = (a.dtype, b.dtype, c.dtype, d.dtype, e.dtype)
