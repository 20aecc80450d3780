# api: torch.Tensor.__getitem__
import torch
x = torch.arange(6)
e = x[3:3]
n = e.numel()
f = x[10:]
