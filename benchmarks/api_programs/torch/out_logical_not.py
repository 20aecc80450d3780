# api: torch.logical_not
import torch
x = torch.tensor([0, 1, 2])
o = torch.empty(3, dtype=torch.bool)
torch.logical_not(x, out=o)
