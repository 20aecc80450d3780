# api: torch.Tensor.__add__
import torch
x = torch.zeros(3)
y = x
y = y + 1
