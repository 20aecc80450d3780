# api: torch.Tensor.mul_
import torch
x = torch.tensor([1., 2., 3.])
r = x.mul_(2).add_(1)
