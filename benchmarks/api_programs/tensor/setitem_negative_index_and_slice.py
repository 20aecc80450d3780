# api: torch.Tensor.__setitem__
import torch
x = torch.arange(8)
x[-1] = 100
x[1:4] = torch.tensor([7, 8, 9])
x[::3] = 0
