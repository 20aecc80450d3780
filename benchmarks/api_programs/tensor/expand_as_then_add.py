# api: torch.Tensor.expand_as
import torch
a = torch.arange(3.0).reshape(3, 1)
b = torch.zeros(3, 4)
c = a.expand_as(b) + b
