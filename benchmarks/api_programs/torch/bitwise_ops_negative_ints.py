# api: torch.bitwise_and
import torch
a = torch.tensor([-5, -1, 6, 12])
b = torch.tensor([3, -4, -3, 10])
x_and = a & b
x_or = a | b
x_xor = a ^ b
y_and = torch.bitwise_and(a, 7)
