# api: torch.Tensor.numpy
import torch
x = torch.zeros(3)
a = x.numpy()
x.add_(1)
r = a.copy()
