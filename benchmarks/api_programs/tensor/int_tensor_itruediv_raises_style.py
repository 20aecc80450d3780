# api: torch.Tensor.__mul__
import torch
a = torch.tensor([1, 2, 3])
b = a * 2
b = b + a
c = (a * 2.0).dtype
d = (a.float() * 2).dtype
