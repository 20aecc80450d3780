# api: torch.kthvalue
import torch
x = torch.tensor([[5.0, 1.0, 4.0], [2.0, 8.0, 3.0]])
v, i = torch.kthvalue(x, 2, dim=1)
r = torch.kthvalue(x, k=1, dim=0, keepdim=True)
rv = r.values
ri = r.indices
