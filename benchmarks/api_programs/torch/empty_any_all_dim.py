# api: torch.any
import torch
x = torch.zeros(3, 0, dtype=torch.bool)
a = torch.any(x, dim=1)
b = torch.all(x, dim=1)
