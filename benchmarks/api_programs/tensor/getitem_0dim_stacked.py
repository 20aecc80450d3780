# api: torch.Tensor.__getitem__
import torch
v = torch.arange(5.)
e = v[2]
e_dim = e.dim()
pair = torch.stack([v[0], v[3]])
m = torch.arange(6).reshape(2, 3)
cell = m[1, 2]
cells = torch.stack([m[0, 0], m[1, 1]])
items = torch.stack([t for t in v])
back = torch.stack(list(v))
