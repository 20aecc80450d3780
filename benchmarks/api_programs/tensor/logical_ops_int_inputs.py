# api: torch.Tensor.logical_and
import torch
a = torch.tensor([0, 1, 2, 0])
b = torch.tensor([1, 0, 3, 0])
x = a.logical_and(b)
y = a.logical_or(b)
z = a.logical_xor(b)
n = a.logical_not()
