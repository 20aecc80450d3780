# api: torch.arange
import torch
a = torch.arange(1, 2.5, 0.5)
b = torch.arange(3, dtype=torch.int32)
c = torch.arange(0, 10, 3)
d = torch.arange(torch.tensor(4))
e = torch.arange(-1.0, 1.0, 0.5, dtype=torch.float64)
a_dtype = a.dtype
d_dtype = d.dtype
n = torch.arange(0, 0.3, 0.1).shape
