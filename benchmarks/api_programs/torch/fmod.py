# api: torch.fmod
import torch
a = torch.tensor([-3, -2, -1, 1, 2, 3])
m = torch.fmod(a, 2)
mf = torch.fmod(torch.tensor([-3.0, 3.5]), 1.5)
