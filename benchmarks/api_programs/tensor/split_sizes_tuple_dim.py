# api: torch.Tensor.split
import torch
x = torch.arange(12).reshape(3, 4)
a, b = x.split((1, 3), dim=1)
