# api: torch.Tensor.fill_
import torch
x = torch.zeros(2, 3)
y = x[..., 0]
y.fill_(1.)
