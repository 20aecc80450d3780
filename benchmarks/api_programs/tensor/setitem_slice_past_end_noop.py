# api: torch.Tensor.__setitem__
import torch
x = torch.arange(5)
x[10:] = 7
y = torch.arange(5)
y[-100:2] = 9
