# api: torch.Tensor.type_as
import torch
x = torch.zeros(3)
y = x.type_as(torch.ones(1))
y += 1
