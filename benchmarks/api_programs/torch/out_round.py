# api: torch.round
import torch
x = torch.tensor([0.5, 1.5, -2.5])
o = torch.empty(3)
torch.round(x, out=o)
