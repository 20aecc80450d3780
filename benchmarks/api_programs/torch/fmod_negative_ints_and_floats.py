# api: torch.fmod
import torch
a = torch.tensor([-7, 7, -8, 9])
f1 = torch.fmod(a, 3)
f2 = torch.fmod(a, -3)
f3 = torch.fmod(a.float(), 2.5)
f4 = torch.fmod(a, torch.tensor([2, -2, 3, -4]))
