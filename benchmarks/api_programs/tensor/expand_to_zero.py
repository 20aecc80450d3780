# api: torch.Tensor.expand
import torch
x = torch.arange(3).reshape(1, 3)
a = x.expand(0, 3)
b = x.expand(0, -1).shape
