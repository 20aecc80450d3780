# api: torch.arange
import torch
a = torch.arange(0, 5, 2, dtype=torch.int32)
b = torch.arange(0.0, 3.0, dtype=torch.int64)
c = torch.arange(10, 0, -3)
dtypes = (a.dtype, b.dtype, c.dtype)
