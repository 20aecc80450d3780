# api: torch.cat
import torch
a = torch.tensor([])
b = torch.ones(2, 3)
c = torch.cat([a, b])
d = torch.cat([b, a], dim=0)
