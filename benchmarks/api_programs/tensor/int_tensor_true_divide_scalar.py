# api: torch.Tensor.__truediv__
import torch
a = torch.tensor([1, 2, 3])
d = a / 2
e = a / torch.tensor([2, 4, 8])
