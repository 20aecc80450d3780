# api: torch.arange
import torch
n = 4
a = torch.arange(n) / n
b = torch.arange(n).float() / n
c = torch.arange(n) * (1.0 / n)
d = torch.arange(n, dtype=torch.float32) // 2
dtypes = [a.dtype, b.dtype, c.dtype, d.dtype]
