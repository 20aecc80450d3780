# api: torch.Tensor.__mul__
import torch
a = torch.arange(3.0).reshape(3, 1)
b = torch.arange(4.0).reshape(1, 4)
c = a * b
d = a + torch.arange(4.0)
e = torch.ones(2, 1, 3) - torch.ones(4, 1)
