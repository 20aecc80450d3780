# api: torch.Tensor.mT
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = x.mT
b = torch.arange(3).T
c = x[0].T
