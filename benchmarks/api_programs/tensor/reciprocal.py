# api: torch.Tensor.reciprocal
import torch
x = torch.tensor([2.0, -0.5, 4.0])
r = x.reciprocal()
from_int = torch.tensor([1, 2, 4]).reciprocal()
