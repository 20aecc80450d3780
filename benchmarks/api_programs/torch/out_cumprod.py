# api: torch.cumprod
import torch
x = torch.tensor([1., 2., 3.])
o = torch.empty(3)
torch.cumprod(x, 0, out=o)
