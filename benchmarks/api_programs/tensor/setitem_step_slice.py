# api: torch.Tensor.__setitem__
import torch
x = torch.zeros(7)
x[::2] = 1.0
x[1::3] = torch.tensor([5.0, 6.0])
