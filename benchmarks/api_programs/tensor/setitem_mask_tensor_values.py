# api: torch.Tensor.__setitem__
import torch
x = torch.zeros(5)
m = torch.tensor([True, False, True, False, True])
x[m] = torch.tensor([1., 2., 3.])
