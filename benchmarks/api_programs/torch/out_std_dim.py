# api: torch.std
import torch
x = torch.tensor([[1., 2., 4.], [0., 0., 3.]])
o = torch.empty(2)
torch.std(x, dim=1, out=o)
