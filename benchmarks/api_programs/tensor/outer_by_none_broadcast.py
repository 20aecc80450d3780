# api: torch.Tensor.__mul__
import torch
x = torch.arange(3.0)
y = torch.arange(4.0)
a = x[:, None] * y[None, :]
b = x.unsqueeze(1) - y
