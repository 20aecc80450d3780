# api: torch.squeeze
import torch
x = torch.zeros(1, 3, 1, 2)
a = x.squeeze((0, 2))
b = torch.squeeze(x, -2)
c = x.squeeze(1)
d = x.squeeze(dim=(-4, -2)).shape
