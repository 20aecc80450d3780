# api: torch.chunk
import torch
x = torch.arange(12.0).view(2, 6)
a, b, c = torch.chunk(x, 3, dim=1)
s = a.sum() + b.mean() + c.max()
parts = x.split([2, 4], dim=1)
p_shapes = [p.shape for p in parts]
q, k, v = x.view(2, 3, 2).unbind(1)
qk = (q * k).sum(-1)
h1, h2 = x.t().chunk(2)
h = h1.size(0) + h2.size(0)
