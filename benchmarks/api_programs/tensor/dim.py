# api: torch.Tensor.dim
import torch
x = torch.zeros(2, 3, 4)
n = x.dim()
