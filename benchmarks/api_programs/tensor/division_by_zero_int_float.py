# api: torch.Tensor.__truediv__
import torch
a = torch.tensor([1, -1, 0])
d = a / 0
f = torch.tensor([1.0, -1.0, 0.0]) / torch.tensor([0.0, 0.0, 0.0])
