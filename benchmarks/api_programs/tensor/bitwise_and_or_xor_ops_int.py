# api: torch.Tensor.__and__
import torch
a = torch.tensor([12, 10, 7])
b = torch.tensor([10, 6, 1])
x_and = a & b
x_or = a | b
x_xor = a ^ b
inv = ~a
