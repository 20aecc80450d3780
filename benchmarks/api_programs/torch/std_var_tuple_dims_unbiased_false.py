# api: torch.std
import torch
x = torch.arange(24.0).reshape(2, 3, 4)
a = x.std(dim=(-1,), keepdim=True)
b = torch.var(x, dim=(0, 1))
c = x.std((1, 2), unbiased=False)
