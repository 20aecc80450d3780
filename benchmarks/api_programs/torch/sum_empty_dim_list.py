# api: torch.sum
import torch
x = torch.arange(6.0).reshape(2, 3)
a = x.sum(dim=())
b = torch.sum(x, [])
c = x.mean(dim=[])
