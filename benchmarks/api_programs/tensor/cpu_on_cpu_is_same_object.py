# api: torch.Tensor.cpu
import torch
x = torch.zeros(3)
y = x.cpu()
y.add_(1)
