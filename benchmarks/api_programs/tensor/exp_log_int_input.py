# api: torch.Tensor.exp
import torch
x = torch.tensor([0, 1, 2])
e = x.exp()
l = x.log()
s = x.sqrt()
sig = x.sigmoid()
