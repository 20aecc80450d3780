# api: torch.Tensor.float
import torch
x = torch.zeros(3)
y = x.float()
y.add_(1)
