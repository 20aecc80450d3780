# api: torch.neg
import torch
x = torch.tensor([1., -2.])
o = torch.empty(2)
r = torch.neg(x, out=o)
same = r is o
