# api: torch.set_default_dtype
import torch
torch.set_default_dtype(torch.float64)
i = torch.tensor([1, 2])
a = i * 0.5
b = i / 2
c = torch.arange(3) + 0.5
dtypes = (a.dtype, b.dtype, c.dtype)
torch.set_default_dtype(torch.float32)
