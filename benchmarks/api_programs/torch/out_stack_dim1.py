# api: torch.stack
import torch
a = torch.tensor([1., 2.])
b = torch.tensor([3., 4.])
o = torch.empty(2, 2)
torch.stack([a, b], dim=1, out=o)
