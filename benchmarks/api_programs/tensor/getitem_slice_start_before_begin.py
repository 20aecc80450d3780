# api: torch.Tensor.__getitem__
import torch
x = torch.arange(5)
a = x[-100:]
b = x[:-100]
c = x[-100:-2]
