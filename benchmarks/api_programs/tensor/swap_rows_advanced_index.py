# api: torch.Tensor.__setitem__
import torch
x = torch.tensor([[1., 2.], [3., 4.]])
x[[0, 1]] = x[[1, 0]]
