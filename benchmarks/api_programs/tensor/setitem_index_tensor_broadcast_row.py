# api: torch.Tensor.__setitem__
import torch
x = torch.zeros(3, 4)
x[torch.tensor([0, 2])] = torch.tensor([1., 2., 3., 4.])
x[:, 1] = -1
