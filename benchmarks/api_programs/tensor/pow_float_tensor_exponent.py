# api: torch.Tensor.pow
import torch
x = torch.tensor([1., 2., 3.])
e = torch.tensor([2., 0.5, -1.])
p = x.pow(e)
p2 = x.pow(exponent=3)
