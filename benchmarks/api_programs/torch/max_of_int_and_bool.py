# api: torch.max
import torch
a = torch.tensor([[1, 5], [7, 2]], dtype=torch.int16)
m = a.max()
v, i = a.max(dim=1)
b = torch.tensor([False, True]).max()
dtypes = (m.dtype, v.dtype, i.dtype, b.dtype)
