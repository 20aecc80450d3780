# api: torch.flip
import torch
x = torch.zeros(0, 2)
f = torch.flip(x, [0])
r = torch.roll(x, 1, 0)
