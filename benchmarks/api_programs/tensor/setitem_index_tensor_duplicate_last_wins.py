# api: torch.Tensor.__setitem__
import torch
x = torch.zeros(4)
x[torch.tensor([1, 3])] = torch.tensor([5., 6.])
x[[0, 2]] = 1.
