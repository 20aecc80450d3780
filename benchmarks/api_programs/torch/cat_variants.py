# api: torch.cat
import torch
a = torch.ones(2, 3)
b = torch.zeros(1, 3)
c = torch.cat([a, b])
d = torch.cat((a, a), dim=1)
e = torch.cat([a, b], axis=0)
f = torch.concat([a, a], -1)
g = torch.cat([torch.tensor([1, 2]), torch.tensor([3])])
