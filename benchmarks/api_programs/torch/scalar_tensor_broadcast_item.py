# api: torch.tensor
import torch
s = torch.tensor(3.0)
v = torch.tensor([1.0, 2.0])
a = s * v
b = v / s
c = (v + s).sum()
d = float(s)
e = int(torch.tensor(7))
f = s.item() + 1
