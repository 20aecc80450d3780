# api: torch.Tensor.gt
import torch
x = torch.tensor([1., float('nan'), 3., -float('inf')])
g = x > 1
l = x.lt(2.5)
e = x == x
n = x != x
