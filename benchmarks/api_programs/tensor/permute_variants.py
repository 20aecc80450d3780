# api: torch.Tensor.permute
import torch
x = torch.arange(24).view(2, 3, 4)
a = x.permute(2, 0, 1)
b = x.permute((0, 2, 1))
c = torch.permute(x, (1, 0, 2))
d = x.permute(*[2, 1, 0])
e = x.permute(0, -1, 1).contiguous().view(2, -1)
f = x.permute(dims=[1, 2, 0])
