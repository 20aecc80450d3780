# api: torch.sigmoid
import torch
x = torch.tensor([0., 1.])
o = torch.empty(2)
torch.sigmoid(x, out=o)
