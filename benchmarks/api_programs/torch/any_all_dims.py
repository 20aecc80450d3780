# api: torch.any
import torch
x = torch.tensor([[0, 1, 0], [0, 0, 0]])
a = torch.any(x)
b = torch.any(x, dim=1)
c = torch.all(x >= 0, dim=0)
d = torch.all(torch.tensor([1.0, 2.0]))
flag = bool(torch.any(x > 0))
b_dtype = b.dtype
