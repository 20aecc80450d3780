# api: torch.Tensor.__rmod__
import torch
d = torch.tensor([3, -3, 4, -5])
r = 7 % d
r2 = -7 % d
r3 = 7.5 % d
