# api: torch.Tensor.pow
import torch
x = torch.tensor([1, 2, 3, 4])
p = x.pow(2)
q = x ** 3
r = 2 ** x
f = x.pow(0.5)
