# api: torch.bincount
import torch
a = torch.bincount(torch.tensor([2, 2, 0], dtype=torch.int32))
b = torch.bincount(torch.tensor([], dtype=torch.int64))
c = torch.bincount(torch.tensor([1, 1]), minlength=0)
d = torch.bincount(torch.tensor([0, 2]), weights=torch.tensor([0.5, 1.5], dtype=torch.float64))
a_dtype = a.dtype
d_dtype = d.dtype
b_shape = b.shape
