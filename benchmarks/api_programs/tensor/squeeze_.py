# api: torch.Tensor.squeeze_
import torch
x = torch.arange(6.0).reshape(1, 2, 3, 1)
x.squeeze_()
y = torch.ones(2, 1)
y.squeeze_(-1)
