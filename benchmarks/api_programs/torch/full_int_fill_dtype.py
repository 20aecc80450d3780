# api: torch.full
import torch
a = torch.full((2,), 3)
b = torch.full((2, 3), 1.5)
c = torch.full([3], True)
d = torch.full(size=(2, 2), fill_value=4, dtype=torch.float64)
a_dtype = a.dtype
c_dtype = c.dtype
