# api: torch.mul
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0, 5.0, 6.0])
product = torch.mul(a, b)
scaled = torch.mul(a, 2)
ints_half = torch.mul(torch.tensor([1, 2, 3]), 0.5)
broadcast = torch.mul(torch.arange(6).reshape(2, 3), torch.tensor([1, 10, 100]))
