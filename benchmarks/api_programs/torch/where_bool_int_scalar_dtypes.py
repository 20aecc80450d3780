# api: torch.where
import torch
m = torch.tensor([True, False, True])
a = torch.where(m, 1, 0)
b = torch.where(m, 1.0, 0)
c = torch.where(m, torch.tensor([1, 2, 3], dtype=torch.int32), 0)
d = torch.where(m, torch.tensor([1, 2, 3], dtype=torch.int8), torch.tensor([1.5]))
dtypes = (a.dtype, b.dtype, c.dtype, d.dtype)
