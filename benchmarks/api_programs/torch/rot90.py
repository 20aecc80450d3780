# api: torch.rot90
import torch
x = torch.arange(4).view(2, 2)
r = torch.rot90(x)
r2 = torch.rot90(x, 2, [0, 1])
