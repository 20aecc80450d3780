# api: torch.unflatten
import torch
x = torch.arange(24).view(4, 6)
y = torch.unflatten(x, 1, (2, -1))
