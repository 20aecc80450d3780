# api: torch.roll
import torch
x = torch.arange(5)
r = torch.roll(x, 2)
r2 = torch.roll(torch.arange(6).view(2, 3), shifts=1, dims=1)
