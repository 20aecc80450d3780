# api: torch.special.sinc
import torch
s = torch.special.sinc(torch.tensor([0.0, 0.5, 1.0, -2.5]))
r = torch.special.round(torch.tensor([0.5, 1.5, -2.5]))
e = torch.special.exp2(torch.tensor([0, 3, -2]))
m = torch.special.expm1(torch.tensor([0, 1]))
l = torch.special.log1p(torch.tensor([0, 1]))
e_dtype = e.dtype
