# api: torch.linspace
import torch
a = torch.linspace(0, 1, 5)
b = torch.linspace(-1, 1, steps=3)
c = torch.linspace(0, 10, 4, dtype=torch.float64)
d = torch.logspace(0, 2, 3)
e = torch.linspace(start=1, end=1, steps=1)
