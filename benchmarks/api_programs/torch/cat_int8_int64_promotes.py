# api: torch.cat
import torch
a = torch.tensor([1, 2], dtype=torch.int8)
b = torch.tensor([300], dtype=torch.int64)
c = torch.cat([a, b])
d = torch.cat([a, torch.tensor([True])])
e = torch.stack([a.float(), a.double()])
dtypes = (c.dtype, d.dtype, e.dtype)
