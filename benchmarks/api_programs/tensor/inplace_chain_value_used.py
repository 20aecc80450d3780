# api: torch.Tensor.mul_
import torch
x = torch.ones(3)
s = x.mul_(2).add_(1).sum()
