# api: torch.Tensor.__pow__
import torch
x = torch.tensor([1, 2, 3])
y = x ** 2
z = 2 ** x
