# api: torch.movedim
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = torch.movedim(x, -1, 0)
b = x.movedim((0, 1), (-1, -2))
