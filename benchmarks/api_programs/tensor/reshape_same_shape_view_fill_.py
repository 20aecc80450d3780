# api: torch.Tensor.reshape
import torch
x = torch.zeros(2, 2)
y = x.reshape(2, 2)
y.fill_(4.)
