# api: torch.Tensor.flip
import torch
x = torch.arange(6).reshape(2, 3)
a = x.flip(-1)
b = x.flip((0, 1))
c = x.flip(dims=[0])
