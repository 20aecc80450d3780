# api: torch.unique
import torch
x = torch.tensor([1.5, 2.5, 1.5])
v, c = torch.unique(x, return_counts=True)
dtypes = (v.dtype, c.dtype)
