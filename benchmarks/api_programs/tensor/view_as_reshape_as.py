# api: torch.Tensor.view_as
import torch
x = torch.arange(6)
y = torch.zeros(2, 3)
a = x.view_as(y)
b = x.reshape_as(y.t())
