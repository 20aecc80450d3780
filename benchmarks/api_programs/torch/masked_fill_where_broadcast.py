# api: torch.masked_fill
import torch
x = torch.arange(6, dtype=torch.float32).reshape(2, 3)
mask = torch.tensor([True, False, True])
a = torch.masked_fill(x, mask, -1.0)
b = x.masked_fill(x > 2, float('-inf'))
c = torch.where(mask, x, torch.tensor(0.0))
d = torch.where(x > 2, x.long(), 0)
d_dtype = d.dtype
