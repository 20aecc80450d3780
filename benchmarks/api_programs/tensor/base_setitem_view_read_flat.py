# api: torch.Tensor.view
import torch
x = torch.zeros(2, 2)
v = x.view(-1)
x[1, 1] = 7.
r = v.sum()
