# api: torch.Tensor.__setitem__
import torch
x = torch.zeros(2, 3, 2)
x[..., 0] = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
x[0, ...] += 10
