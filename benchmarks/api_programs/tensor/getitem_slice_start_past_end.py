# api: torch.Tensor.__getitem__
import torch
x = torch.arange(5)
a = x[10:]
b = x[:10]
c = x[3:100]
