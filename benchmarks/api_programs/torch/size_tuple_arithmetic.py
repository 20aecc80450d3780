# api: torch.Size
import torch
x = torch.ones(2, 3, 4)
a = x.shape + (1,)
b = x.shape[1:]
c = x.shape == (2, 3, 4)
d = list(x.shape)
e = torch.Size([2, 3]).numel()
f = x.shape[::-1]
g = sum(x.shape)
h = max(x.size())
i = tuple(x.shape) * 2
