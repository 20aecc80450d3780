# api: torch.Tensor.zero_
import torch
x = torch.ones(3)
y = x.zero_()
y[1] = 4.
