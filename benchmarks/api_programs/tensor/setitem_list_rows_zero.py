# api: torch.Tensor.__setitem__
import torch
x = torch.ones(4, 2)
x[[0, 2]] = 0
