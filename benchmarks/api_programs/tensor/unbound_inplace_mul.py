# api: torch.Tensor.mul_
import torch
x = torch.ones(3)
torch.Tensor.mul_(x, 2)
torch.Tensor.add_(x, torch.ones(3), alpha=3)
