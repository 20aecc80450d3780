# api: torch.remainder
import torch
d = torch.tensor([3, -3, 4])
r = torch.remainder(-7, d)
r2 = torch.remainder(d, -2)
r3 = torch.remainder(torch.tensor([-7.0, 7.0]), 3)
