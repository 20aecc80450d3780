# api: torch.Tensor.abs
import torch
x = torch.tensor([-3, 2, -1], dtype=torch.int8)
a = abs(x)
b = x.abs()
