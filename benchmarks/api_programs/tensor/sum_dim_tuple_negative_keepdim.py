# api: torch.Tensor.sum
import torch
x = torch.arange(24).reshape(2, 3, 4)
s = x.sum(dim=(-1, 0), keepdim=True)
s2 = x.sum((1,))
