# api: torch.sum
import torch
x = torch.arange(24, dtype=torch.float32).reshape(2, 3, 4)
a = torch.sum(x, dim=(0, 2))
b = torch.sum(x, (1, -1), keepdim=True)
c = x.sum(dim=[0, 1])
d = torch.mean(x, dim=(-2, -1))
e = torch.amax(x, dim=(0, 1))
