# api: torch.Tensor.data
import torch
x = torch.ones(3)
y = x.data
y.add_(1)
