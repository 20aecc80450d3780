# api: torch.Tensor.flatten
import torch
x = torch.ones(2, 2)
y = x.flatten()
y.mul_(3)
