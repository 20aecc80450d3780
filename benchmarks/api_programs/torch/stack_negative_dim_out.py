# api: torch.stack
import torch
a = torch.tensor([1.0, 2.0])
b = torch.tensor([3.0, 4.0])
s = torch.stack([a, b], dim=-1)
out = torch.empty(2, 2)
torch.stack((a, b), out=out)
h = torch.hstack([a, b])
v = torch.vstack((a, b))
d = torch.dstack([a, b])
col = torch.column_stack((a, b))
