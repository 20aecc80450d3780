# api: torch.where
import torch
x = torch.arange(-2.0, 3.0)
a = torch.where(x > 0, x, 0.0)
b = torch.where(x > 0, 1, -1)
c = torch.where(x > 0, x, torch.tensor(0.5))
