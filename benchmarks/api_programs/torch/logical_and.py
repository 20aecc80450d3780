# api: torch.logical_and
import torch
a = torch.tensor([True, False, True, False])
b = torch.tensor([True, True, False, False])
both = torch.logical_and(a, b)
from_numbers = torch.logical_and(torch.tensor([0.0, 1.5, -2.0]), torch.tensor([1, 1, 0]))
