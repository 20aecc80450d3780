# api: torch.Tensor.__setitem__
import torch
x = torch.zeros(2, 2)
e = x[..., None]
e[0, 1, 0] = 3.
