# api: torch.Tensor.__setitem__
import torch
x = torch.zeros(4, dtype=torch.int32)
x[1] = 3.7
x[2:] = 2
