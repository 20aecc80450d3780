# api: torch.Tensor.expand
import torch
x = torch.arange(3.)
e = x.expand(2, 3)
x.add_(1)
r = e.sum()
