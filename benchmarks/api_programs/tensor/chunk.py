# api: torch.Tensor.chunk
import torch
x = torch.arange(10)
parts = x.chunk(3)
m = torch.arange(12).reshape(3, 4)
left, right = m.chunk(2, dim=1)
