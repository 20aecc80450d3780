# api: torch.bincount
import torch
x = torch.tensor([0, 1, 1, 3, 1])
a = torch.bincount(x)
b = torch.bincount(x, minlength=6)
w = torch.bincount(x, weights=torch.tensor([0.5, 1.0, 1.0, 2.0, 0.25]))
a_dtype = a.dtype
w_dtype = w.dtype
