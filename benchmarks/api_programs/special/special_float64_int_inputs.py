# api: torch.special.erf
import torch
i = torch.tensor([0, 1, 2])
a = torch.special.erf(i)
b = torch.special.expit(i)
c = torch.special.gammaln(torch.tensor([1.5, 2.5], dtype=torch.float64))
a_dtype = a.dtype
c_dtype = c.dtype
d = torch.special.i0(i)
