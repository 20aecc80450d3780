# api: torch.Tensor.__setitem__
import torch
x = torch.zeros(2, 3)
x[None, ..., 1] = 5.0
x[..., None, 0] = torch.tensor([[1.0], [2.0]])
