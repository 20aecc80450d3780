# api: torch.max
import torch
x = torch.tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])
values, indices = torch.max(x, dim=1)
res = torch.max(x, 0)
v0 = res.values
i0 = res.indices
r1 = res[1]
kd = torch.max(x, -1, keepdim=True)[0]
whole = torch.max(x)
pair = torch.max(x, torch.tensor([2.0, 2.0, 2.0]))
