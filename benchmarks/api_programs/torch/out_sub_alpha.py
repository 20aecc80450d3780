# api: torch.sub
import torch
a = torch.tensor([5., 5.])
b = torch.tensor([1., 2.])
o = torch.empty(2)
torch.sub(a, b, alpha=2, out=o)
