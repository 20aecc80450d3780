# api: torch.Tensor.add_
import torch
x = torch.zeros(2, 3)
v = x[0]
x.add_(1)
r = v * 1
