# api: torch.roll
import torch
x = torch.arange(12).reshape(3, 4)
a = x.flip(-1)
b = torch.roll(x, 1, -1)
c = torch.roll(x, (1, 2), (-1, -2))
d = x.roll(-1)
