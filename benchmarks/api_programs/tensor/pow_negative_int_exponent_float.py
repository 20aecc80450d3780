# api: torch.Tensor.pow
import torch
x = torch.tensor([2., 4.])
a = x.pow(-1)
b = x ** -0.5
c = torch.tensor([2, 3]) ** 2.0
