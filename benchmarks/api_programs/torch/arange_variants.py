# api: torch.arange
import torch
a = torch.arange(5)
b = torch.arange(1, 4)
c = torch.arange(0, 1, 0.25)
d = torch.arange(5, dtype=torch.float32)
e = torch.arange(start=2, end=10, step=3)
f = torch.arange(0.0, 3)
g = torch.arange(10, 0, -2)
h = torch.arange(4.5)
