# api: torch.chunk
import torch
x = torch.arange(12).reshape(3, 4)
a, b = torch.chunk(x, 2, dim=1)
u = torch.unbind(x, dim=1)
n = len(u)
u0 = u[0]
s = torch.split(x, split_size_or_sections=2, dim=0)
s_last = s[-1]
hs = torch.hsplit(x, 2)
vs = torch.vsplit(x, [1])
