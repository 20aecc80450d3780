# api: torch.log2
import torch
x = torch.tensor([1, 2, 8])
a = torch.log2(x)
b = torch.log10(torch.tensor([10.0, 1000.0]))
c = torch.exp2(torch.tensor([3, -1]))
d = torch.expm1(torch.tensor([1e-8, 1.0]))
e = torch.xlogy(torch.tensor([0.0, 2.0]), torch.tensor([0.0, 3.0]))
a_dtype = a.dtype
c_dtype = c.dtype
