# api: torch.special.i0
import torch
x = torch.tensor([0.0, -1.0, 5.0, 20.0])
a = torch.special.i0(x)
b = torch.special.i0e(x)
c = torch.special.i1(x)
d = torch.special.i1e(x)
e = torch.i0(torch.tensor([0.5]))
