# api: torch.Tensor.__setitem__
import torch
x = torch.arange(6.0).reshape(2, 3)
x[x > 100] = 0
