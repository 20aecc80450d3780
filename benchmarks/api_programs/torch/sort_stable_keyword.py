# api: torch.sort
import torch
x = torch.tensor([2, 1, 2, 1, 0])
v, i = torch.sort(x, stable=True)
v2, i2 = x.sort(descending=True, stable=True)
