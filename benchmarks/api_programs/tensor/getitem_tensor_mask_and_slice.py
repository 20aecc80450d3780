# api: torch.Tensor.__getitem__
import torch
x = torch.arange(12).reshape(3, 4)
m = torch.tensor([True, False, True])
a = x[m, 1:]
b = x[m][:, -1]
c = x[:, torch.tensor([True, False, False, True])]
