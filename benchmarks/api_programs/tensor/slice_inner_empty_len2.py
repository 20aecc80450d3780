# api: torch.Tensor.__getitem__
import torch
x = torch.arange(2)
a = x[1:-1]
n = len(a)
