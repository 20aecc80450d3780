# api: torch.set_default_dtype
import torch
torch.set_default_dtype(torch.float64)
a = torch.linspace(0, 1, 3)
b = torch.full((2,), 1.5)
c = torch.rand(2).dtype
d = torch.eye(2).dtype
torch.set_default_dtype(torch.float32)
dtypes = (a.dtype, b.dtype)
