# api: torch.Tensor.clone
import torch
x = torch.arange(3.)
y = x.clone()
y.add_(1)
