# api: torch.eye
import torch
e = torch.eye(2, 3)
ei = torch.eye(3, dtype=torch.int64)
z = torch.zeros_like(torch.tensor([1, 2]))
o = torch.ones_like(torch.tensor([1, 2]), dtype=torch.float64)
f = torch.full_like(torch.tensor([1.0, 2.0]), 7)
fi = torch.full_like(torch.tensor([1, 2]), 2.7)
ez = torch.empty(2, 0).shape
z_dtype = z.dtype
