# api: torch.Tensor.__setitem__
import torch
x = torch.zeros(2, 3)
x[None, 0] = 1.
x[..., -1] = torch.tensor([7., 8.])
