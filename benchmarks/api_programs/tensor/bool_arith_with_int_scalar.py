# api: torch.Tensor.__sub__
import torch
b = torch.tensor([True, False])
a = b + 1
c = 1 - b.int()
d = b * 3
e = b.float() - 0.5
dtypes = [a.dtype, c.dtype, d.dtype, e.dtype]
