# api: torch.Tensor.__or__
import torch
a = torch.tensor([True, False, True, False])
b = torch.tensor([True, True, False, False])
o = a | b
n = a & b
x = a ^ b
inv = ~a
