# api: torch.rsub
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([10.0, 20.0, 30.0])
b_minus_a = torch.rsub(a, b)
one_minus = torch.rsub(a, 1)
scaled = torch.rsub(a, b, alpha=2)
ints = torch.rsub(torch.tensor([1, 2]), 5)
