# api: torch.Tensor.reshape
import torch
x = torch.zeros(2, 3)
y = x.reshape(-1)
y[0] = 5.
