# api: torch.tensordot
import torch
a = torch.arange(6.0).reshape(2, 3)
b = torch.arange(12.0).reshape(3, 4)
contracted = torch.tensordot(a, b, dims=1)
c = torch.arange(24.0).reshape(3, 4, 2)
d = torch.arange(12.0).reshape(4, 3)
pairs = torch.tensordot(c, d, dims=([1, 0], [0, 1]))
outer = torch.tensordot(torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0, 5.0]), 0)
full = torch.tensordot(a, a, 2)
