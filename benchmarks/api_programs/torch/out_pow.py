# api: torch.pow
import torch
x = torch.tensor([1., 2., 3.])
o = torch.empty(3)
torch.pow(x, 2, out=o)
