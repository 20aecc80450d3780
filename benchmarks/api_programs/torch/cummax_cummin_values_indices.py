# api: torch.cummax
import torch
x = torch.tensor([1.0, 3.0, 2.0, 5.0, 4.0])
v, i = torch.cummax(x, dim=0)
r = torch.cummin(x, 0)
rv = r.values
ri = r.indices
lcse = torch.logcumsumexp(x, dim=0)
