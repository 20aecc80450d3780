# api: torch.Tensor.__setitem__
import torch
x = torch.arange(6.)
y = x[1:3]
y[:] = 0.
