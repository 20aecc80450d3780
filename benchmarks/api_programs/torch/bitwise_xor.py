# api: torch.bitwise_xor
import torch
a = torch.tensor([-1, -2, 3], dtype=torch.int8)
b = torch.tensor([1, 0, 3], dtype=torch.int8)
xored = torch.bitwise_xor(a, b)
flags = torch.bitwise_xor(torch.tensor([True, True, False]), torch.tensor([False, True, False]))
toggled = torch.bitwise_xor(torch.tensor([5, 6, 7]), 1)
