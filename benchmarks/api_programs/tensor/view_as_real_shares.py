# api: torch.Tensor.view_as
import torch
x = torch.zeros(4)
y = x.view_as(torch.empty(2, 2))
y[1, 1] = 8.
