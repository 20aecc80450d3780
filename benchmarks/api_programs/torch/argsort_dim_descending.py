# api: torch.argsort
import torch
x = torch.tensor([[3.0, 1.0, 2.0], [9.0, 7.0, 8.0]])
a = torch.argsort(x)
b = torch.argsort(x, dim=0, descending=True)
c = torch.argsort(x, -1, True)
gathered = torch.gather(x, 1, a)
a_dtype = a.dtype
