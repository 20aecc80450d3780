# api: torch.flatten
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = torch.flatten(x)
b = torch.flatten(x, start_dim=1)
c = torch.flatten(x, 0, 1)
d = torch.reshape(x, (-1, 4))
e = torch.unflatten(a, 0, (4, 6))
f = torch.movedim(x, 0, -1)
g = torch.permute(x, (2, 0, 1))
