# api: torch.split
import torch
x = torch.arange(12).view(2, 6)
a, b = x.split([2, 4], dim=1)
c = torch.split(x, 4, dim=-1)
d = [t.shape for t in x.split(1)]
q, k, v = x.view(2, 3, 2).unbind(dim=1)
h1, h2 = x.chunk(2, dim=-1)
e = torch.tensor_split(x, 3, dim=1)
f = torch.tensor_split(x, [1, 4], dim=1)
g = x.split(split_size=3, dim=1)
parts = list(torch.chunk(x, chunks=3, dim=1))
gate, val = torch.arange(8.).view(2, 4).chunk(2, -1)
glu = val * torch.sigmoid(gate)
