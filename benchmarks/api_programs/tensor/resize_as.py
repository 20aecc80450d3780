# api: torch.Tensor.resize_as
import torch
x = torch.arange(6)
y = x.resize_as(torch.zeros(2, 3))
