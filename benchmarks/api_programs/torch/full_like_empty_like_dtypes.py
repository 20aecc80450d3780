# api: torch.full_like
import torch
x = torch.tensor([[1, 2], [3, 4]])
a = torch.full_like(x, 0.5, dtype=torch.float32)
b = torch.empty_like(x).shape
c = torch.zeros_like(x, dtype=torch.bool)
d = torch.ones_like(x.float())
e = torch.rand_like(x.float()).shape
f = torch.randn_like(x, dtype=torch.float64).dtype
