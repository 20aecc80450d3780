# api: torch.Tensor.pow
import torch
x = torch.tensor([0, 2, -2])
p = x.pow(0)
q = x ** 1
