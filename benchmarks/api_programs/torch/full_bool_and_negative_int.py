# api: torch.full
import torch
a = torch.full((2, 2), False)
b = torch.full((3,), -5)
c = torch.full((2,), 2.5, dtype=torch.int32)
dtypes = (a.dtype, b.dtype, c.dtype)
