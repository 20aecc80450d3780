# api: torch.arange
import torch
a = torch.arange(0, 1, 0.25)
b = torch.arange(10, 0, -3)
c = torch.arange(1, 2.5, 0.5).dtype
d = torch.arange(-1.0, -3.0, -0.5)
