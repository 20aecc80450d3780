# api: torch.Tensor.__getitem__
import torch
x = torch.arange(5)
a = x[3:1]
b = x[-1:-3]
