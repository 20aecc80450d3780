# api: torch.addmm
import torch
c = torch.ones(2, 2)
a = torch.eye(2)
b = torch.full((2, 2), 2.)
o = torch.empty(2, 2)
torch.addmm(c, a, b, beta=0.5, out=o)
