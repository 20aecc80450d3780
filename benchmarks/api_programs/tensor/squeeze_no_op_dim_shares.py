# api: torch.Tensor.squeeze
import torch
x = torch.zeros(2, 3)
y = x.squeeze(0)
y.add_(1)
