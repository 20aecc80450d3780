# api: torch.Tensor.expand_as
import torch
x = torch.tensor([[1.], [2.]])
y = torch.zeros(2, 3)
e = x.expand_as(y)
r = (e + y).sum(1)
