# api: torch.eq
import torch
a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[1, 1], [4, 4]])
same = torch.eq(a, b)
is_three = torch.eq(a, 3)
halves = torch.eq(torch.tensor([0.5, 1.0]), 0.5)
