# api: torch.reciprocal
import torch
x = torch.tensor([1.0, 2.0, -4.0, 0.5])
inverse = torch.reciprocal(x)
from_ints = torch.reciprocal(torch.tensor([1, 2, 4]))
