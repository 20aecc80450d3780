# api: torch.Tensor.__setitem__
import torch
x = torch.zeros(3, 2)
x[:, 0] += 1
x[-1] -= 2
