# api: torch.special.expit
import torch
a = torch.special.expit(torch.tensor([-1, 0, 1]))
b = torch.special.logit(torch.tensor([0.2, 0.8], dtype=torch.float64))
c = torch.special.log1p(torch.tensor([-1.0, -0.5, 1e-20]))
d = torch.special.expm1(torch.tensor([-50.0, 1e-20, 50.0], dtype=torch.float64))
a_dtype = a.dtype
b_dtype = b.dtype
