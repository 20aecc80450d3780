# api: torch.Tensor.view
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = x.view(-1, *x.shape[2:])
b = x.reshape(x.size(0) * x.size(1), x.size(2))
