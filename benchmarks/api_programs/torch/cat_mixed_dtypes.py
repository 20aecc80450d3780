# api: torch.cat
import torch
a = torch.tensor([1, 2])
b = torch.tensor([0.5])
c = torch.cat([a, b])
c_dtype = c.dtype
d = torch.cat((torch.ones(2, 1), torch.zeros(2, 2)), dim=-1)
e = torch.concat([a, a], 0)
f = torch.concatenate([a, a], axis=0)
