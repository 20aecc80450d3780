# api: torch.remainder
import torch
a = torch.tensor([-7, -3, 3, 7])
r = torch.remainder(a, 3)
f = torch.fmod(a, 3)
rf = torch.remainder(torch.tensor([-1.5, 2.5]), 2)
mod_op = a % -3
