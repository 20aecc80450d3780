# api: torch.bitwise_xor
import torch
a = torch.tensor([5, -6, 0])
b = torch.bitwise_xor(a, -1)
c = a ^ 3
d = torch.bitwise_or(a, 8)
