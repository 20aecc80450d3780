# api: torch.remainder
import torch
a = torch.tensor([-6.0, 6.0, -3.5, 0.0])
r = torch.remainder(a, 3)
r2 = torch.remainder(a, -3)
f = torch.fmod(a, -3)
