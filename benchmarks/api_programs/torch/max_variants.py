# api: torch.max
import torch
x = torch.tensor([[1.0, 7.0, 3.0], [9.0, 2.0, 4.0]])
m = torch.max(x)
v, i = torch.max(x, dim=1)
r = x.max(0)
r_vals = r.values
r_idx = r.indices
k = x.max(1, keepdim=True)[0]
pair = torch.max(x, torch.full_like(x, 3.0))
mi = x.min(dim=-1).values
mi_all = x.min()
