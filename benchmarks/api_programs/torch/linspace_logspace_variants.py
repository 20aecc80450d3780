# api: torch.logspace
import torch
a = torch.logspace(0, 2, 3)
b = torch.logspace(0, 3, 4, base=2)
c = torch.logspace(start=-1, end=1, steps=3, dtype=torch.float64)
d = torch.linspace(0, 1, 1)
e = torch.linspace(torch.tensor(0.0), torch.tensor(1.0), 3)
