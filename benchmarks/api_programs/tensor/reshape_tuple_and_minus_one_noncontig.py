# api: torch.Tensor.reshape
import torch
x = torch.arange(12).reshape(3, 4).t()
a = x.reshape(-1)
b = x.reshape((2, 6))
