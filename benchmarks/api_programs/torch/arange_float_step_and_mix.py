# api: torch.arange
import torch
a = torch.arange(0, 1, 0.25)
b = torch.arange(0.5, 3)
c = torch.arange(1, 4.0)
d = torch.arange(5, dtype=torch.float64)
e = torch.arange(-1, -3, -0.5)
dtypes = [a.dtype, b.dtype, c.dtype, d.dtype, e.dtype]
