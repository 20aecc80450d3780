# api: torch.Tensor.__rfloordiv__
import torch
d = torch.tensor([3, -3, 4, -4])
r = 10 // d
r2 = -10 // d
