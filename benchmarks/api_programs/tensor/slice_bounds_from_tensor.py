# api: torch.Tensor.__getitem__
import torch
x = torch.arange(10)
n = torch.tensor(4)
a = x[:n]
b = x[n:]
