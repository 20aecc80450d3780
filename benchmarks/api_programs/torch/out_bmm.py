# api: torch.bmm
import torch
a = torch.ones(2, 2, 3)
b = torch.ones(2, 3, 1)
o = torch.empty(2, 2, 1)
torch.bmm(a, b, out=o)
