# api: torch.Tensor.split
import torch
x = torch.arange(12).reshape(2, 6)
a, b = x.split(3, dim=-1)
