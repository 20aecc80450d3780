# api: torch.where
import torch
x = torch.tensor([[-1.0, 2.0], [3.0, -4.0]])
a = torch.where(x > 0, x, torch.zeros_like(x))
b = torch.where(x > 0, x, 0.0)
c = torch.where(x < 0, -1, 1)
d = torch.where(x > 2)
e = x.where(x > 0, torch.tensor(9.0))
rows, cols = torch.where(x < 0)
