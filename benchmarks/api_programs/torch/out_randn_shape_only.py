# api: torch.randn
import torch
o = torch.empty(2, 3)
torch.randn(2, 3, out=o)
s = o.shape
dt = o.dtype
del o
