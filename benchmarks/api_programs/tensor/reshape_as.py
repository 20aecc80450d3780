# api: torch.Tensor.reshape_as
import torch
x = torch.arange(6)
template = torch.zeros(3, 2)
y = x.reshape_as(template)
