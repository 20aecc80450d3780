# api: torch.Tensor.reshape_as
import torch
x = torch.arange(6)
y = torch.zeros(3, 2)
r = x.reshape_as(y)
