# api: torch.Tensor.resize
import torch
x = torch.arange(6.0)
y = x.resize(3, 2)
