# api: torch.flip
import torch
x = torch.arange(8).view(2, 2, 2)
f = torch.flip(x, [0, 1])
