# api: torch.linspace
import torch
a = torch.linspace(0, 10, steps=5, dtype=torch.int64)
b = torch.linspace(0, 1, 3, dtype=torch.float64)
c = torch.linspace(-1, 1, 4)
dtypes = (a.dtype, b.dtype, c.dtype)
