# api: torch.Tensor.__setitem__
import torch
x = torch.arange(12.0).reshape(2, 2, 3)
x[..., -1] = x[..., 0]
