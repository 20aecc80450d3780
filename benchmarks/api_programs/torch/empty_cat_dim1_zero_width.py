# api: torch.cat
import torch
a = torch.ones(2, 0)
b = torch.arange(6.0).reshape(2, 3)
c = torch.cat([a, b, a], dim=1)
