# api: torch.special.erf
import torch
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 1.0, 3.0])
e = torch.special.erf(x)
e_int = torch.special.erf(torch.tensor([0, 1, -1]))
