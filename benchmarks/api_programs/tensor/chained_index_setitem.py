# api: torch.Tensor.__setitem__
import torch
x = torch.zeros(2, 3)
x[0][1] = 5.
