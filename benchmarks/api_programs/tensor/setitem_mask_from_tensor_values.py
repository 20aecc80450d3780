# api: torch.Tensor.__setitem__
import torch
x = torch.tensor([1.0, -2.0, 3.0, -4.0])
m = x < 0
x[m] = torch.tensor([10.0, 20.0])
