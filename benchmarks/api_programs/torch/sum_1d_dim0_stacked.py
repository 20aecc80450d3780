# api: torch.sum
import torch
v = torch.tensor([1., 2., 3.])
s0 = v.sum(0)
m0 = torch.mean(v, dim=0)
mx, idx = v.max(dim=0)
st = torch.stack([s0, m0, mx])
stk = torch.stack([idx, idx])
dot = torch.dot(v, v)
both = torch.stack([dot, v.norm()])
