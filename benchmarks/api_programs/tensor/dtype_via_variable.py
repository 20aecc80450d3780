# api: torch.Tensor.to
import torch
dt = torch.int16
x = torch.tensor([1.9, -1.9])
a = x.to(dt)
b = torch.zeros(2, dtype=dt)
c = torch.tensor([3, 4], dtype=x.dtype)
d = torch.ones(2).to(a.dtype)
dtypes = [a.dtype, b.dtype, c.dtype, d.dtype]
