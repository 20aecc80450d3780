# api: torch.Tensor.requires_grad_
import torch
x = torch.zeros(3)
y = x.requires_grad_(False)
y.add_(2)
