# api: torch.Tensor.type_as
import torch
x = torch.tensor([1.7, 2.2])
y = torch.tensor([1, 2])
a = x.type_as(y)
b = y.type_as(x)
