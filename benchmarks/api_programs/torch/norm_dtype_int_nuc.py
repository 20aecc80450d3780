# api: torch.norm
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64)
a = torch.norm(x, p='nuc')
b = torch.norm(x, p=1)
c = torch.norm(x, dim=(0, 1))
d = torch.norm(x, p=0.5, dim=0)
a_dtype = a.dtype
e = torch.norm(torch.tensor([3.0, 4.0]), p=-1)
