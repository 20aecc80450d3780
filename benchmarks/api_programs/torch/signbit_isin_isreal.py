# api: torch.isin
import torch
x = torch.tensor([1, 2, 3, 4])
a = torch.isin(x, torch.tensor([2, 4]))
b = torch.isin(x, torch.tensor([2, 4]), invert=True)
c = torch.signbit(torch.tensor([-0.0, 0.0, -1.0]))
d = torch.isreal(torch.tensor([1.0]))
e = torch.isneginf(torch.tensor([-float('inf'), 1.0]))
f = torch.isposinf(torch.tensor([float('inf'), 1.0]))
