# api: torch.Tensor.reshape
import torch
x = torch.arange(12)
a = x.reshape(3, 4)
b = x.reshape((2, -1))
c = x.reshape([2, 2, 3])
