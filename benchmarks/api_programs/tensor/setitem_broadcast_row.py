# api: torch.Tensor.__setitem__
import torch
x = torch.zeros(3, 4)
x[1:] = torch.arange(4.0)
x[:, 1:3] = torch.tensor([[9.0], [8.0], [7.0]])
