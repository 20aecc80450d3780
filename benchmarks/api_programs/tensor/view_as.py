# api: torch.Tensor.view_as
import torch
x = torch.arange(6.0)
target = torch.zeros(2, 3)
y = x.view_as(target)
