# api: torch.mm
import torch
a = torch.arange(6.).view(2, 3)
b = torch.ones(3, 2)
o = torch.empty(2, 2)
torch.mm(a, b, out=o)
