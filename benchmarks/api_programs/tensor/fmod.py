# api: torch.Tensor.fmod
import torch
x = torch.tensor([-3.0, -2.0, -1.0, 1.0, 2.0, 3.0])
r = x.fmod(2)
r_frac = x.fmod(1.5)
ints = torch.tensor([5, -5, 7]).fmod(torch.tensor([3, 3, -2]))
