# api: torch.Tensor.view
import torch
x = torch.zeros(6)
v = x.view(2, 3)
v[0, 1] = 4.
