# api: torch.add
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([0.5, 0.5, 0.5])
o = torch.empty(3)
torch.add(a, b, out=o)
o2 = torch.zeros(3)
r = torch.mul(a, 2, out=o2)
same = r is o2
o3 = torch.empty(3)
torch.exp(a, out=o3)
o4 = torch.empty(3)
torch.clamp(a, 1.5, 2.5, out=o4)
