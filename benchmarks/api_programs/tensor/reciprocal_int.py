# api: torch.Tensor.reciprocal
import torch
x = torch.tensor([1, 2, 4])
r = x.reciprocal()
