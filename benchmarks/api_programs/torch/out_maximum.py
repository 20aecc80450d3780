# api: torch.maximum
import torch
a = torch.tensor([1., 5.])
b = torch.tensor([3., 2.])
o = torch.empty(2)
torch.maximum(a, b, out=o)
