# api: torch.frexp
import torch
m, e = torch.frexp(torch.tensor([8.0, 0.75, -3.0]))
l = torch.ldexp(torch.tensor([1.0, 0.5]), torch.tensor([3, 2]))
n = torch.nextafter(torch.tensor([1.0]), torch.tensor([2.0])) - 1.0
e_dtype = e.dtype
