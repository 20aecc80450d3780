# api: torch.special.erf
import torch
x = torch.tensor([0.0, -1.0, 3.0, -float('inf'), float('nan')])
a = torch.special.erf(x)
b = torch.special.erfc(x)
c = torch.special.erfinv(torch.tensor([0.0, 0.5, -1.0, 1.0, 1.5]))
d = torch.special.erfcx(torch.tensor([0.0, 10.0, -2.0]))
