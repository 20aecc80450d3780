# api: torch.bincount
import torch
x = torch.tensor([1, 1, 3], dtype=torch.int32)
b = torch.bincount(x)
b_dtype = b.dtype
w = torch.bincount(x, weights=torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64))
w_dtype = w.dtype
