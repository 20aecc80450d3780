# api: torch.Tensor.flatten
import torch
x = torch.zeros(2, 3, 4)
f = x.flatten(1)
