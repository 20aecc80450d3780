# api: torch.bitwise_or
import torch
a = torch.tensor([-1, -2, 3], dtype=torch.int8)
b = torch.tensor([1, 0, 3], dtype=torch.int8)
ored = torch.bitwise_or(a, b)
flags = torch.bitwise_or(torch.tensor([True, True, False]), torch.tensor([False, True, False]))
with_scalar = torch.bitwise_or(torch.tensor([4, 8, 1]), 2)
