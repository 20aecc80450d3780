# api: torch.Tensor.item
import torch
v = torch.tensor([2.5, 3.5]).mean()
v = v.item()
w = v * 2
c = torch.tensor([1, 2, 3]).sum()
c = int(c)
d = [0] * c
dl = len(d)
f = float(torch.tensor(1.25))
b = bool(torch.tensor([1]).any())
