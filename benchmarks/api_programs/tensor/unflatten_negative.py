# api: torch.Tensor.unflatten
import torch
x = torch.arange(24).reshape(2, 12)
a = x.unflatten(-1, (3, 4))
b = x.unflatten(1, (2, -1))
