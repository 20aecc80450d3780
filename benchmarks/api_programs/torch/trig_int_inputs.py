# api: torch.sin
import torch
i = torch.tensor([0, 1, 2])
s = torch.sin(i)
c = torch.cos(i)
t = torch.atan(i)
h = torch.tanh(i)
sg = torch.sigmoid(i)
lg1p = torch.log1p(i)
em1 = torch.expm1(i)
s_dtype = s.dtype
