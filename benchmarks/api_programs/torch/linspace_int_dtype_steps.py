# api: torch.linspace
import torch
a = torch.linspace(0, 1, steps=5)
b = torch.linspace(-2, 2, 4, dtype=torch.float64)
c = torch.linspace(0, 10, 6, dtype=torch.int64)
d = torch.linspace(3, 3, 1)
e = torch.linspace(start=1.0, end=0.0, steps=3)
