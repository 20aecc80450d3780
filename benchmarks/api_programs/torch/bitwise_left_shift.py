# api: torch.bitwise_left_shift
import torch
x = torch.tensor([-1, -2, 3], dtype=torch.int8)
shifted = torch.bitwise_left_shift(x, torch.tensor([1, 0, 3], dtype=torch.int8))
by_two = torch.bitwise_left_shift(torch.tensor([1, 2, 3]), 2)
