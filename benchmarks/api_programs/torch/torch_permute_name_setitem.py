# api: torch.permute
import torch
x = torch.zeros(2, 3)
pp = torch.permute(x, (1, 0))
pp[0, 1] = 3.
