# api: torch.Tensor.reshape
import torch
x = torch.zeros(2, 0, 3)
y = x.reshape(-1)
z = x.reshape(2, -1)
w = x.view(0, 3)
