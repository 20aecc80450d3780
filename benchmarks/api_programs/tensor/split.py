# api: torch.Tensor.split
import torch
x = torch.arange(10).reshape(5, 2)
parts = x.split(2)
uneven = x.split([1, 4], dim=0)
