# api: torch.prod
import torch
x = torch.arange(1., 7.).view(2, 3)
o = torch.empty(2)
torch.prod(x, 1, out=o)
