# api: torch.dtype
import torch
x = torch.arange(4, dtype=torch.int16)
dt = x.dtype
a = dt.is_floating_point
b = dt.is_signed
c = dt.itemsize
d = x.dtype.itemsize * x.numel()
e = torch.uint8.is_signed
