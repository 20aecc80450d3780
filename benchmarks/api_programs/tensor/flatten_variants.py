# api: torch.Tensor.flatten
import torch
x = torch.arange(24).view(2, 3, 4)
a = x.flatten()
b = x.flatten(1)
c = torch.flatten(x, start_dim=0, end_dim=1)
d = x.flatten(-2, -1)
e = x.unflatten(2, (2, 2))
f = torch.flatten(torch.tensor(5))
