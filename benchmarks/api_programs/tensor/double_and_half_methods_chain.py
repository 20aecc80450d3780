# api: torch.Tensor.double
import torch
x = torch.tensor([1, 2, 3])
d = x.double()
h = d.half()
f = h.float()
dtypes = [d.dtype, h.dtype, f.dtype]
s = (d + h).dtype
