# api: torch.arange
import torch
r = torch.arange(0., 1, .1)
n = len(r)
i = torch.arange(5)
i_dtype = i.dtype
neg = torch.arange(-3, 3)
half = torch.arange(0, 2, 0.5, dtype=torch.float64)
