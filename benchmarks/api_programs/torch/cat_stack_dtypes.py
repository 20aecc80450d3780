# api: torch.cat
import torch
i = torch.tensor([1, 2])
f = torch.tensor([0.5])
b = torch.tensor([True])
a = torch.cat([i, f])
c = torch.cat((i, b))
d = torch.stack([i.float(), torch.tensor([3.0, 4.0])])
e = torch.cat([torch.zeros(0), f])
g = torch.cat([x.unsqueeze(0) for x in [i, i * 2]], dim=0)
h = torch.hstack([i, i])
k = torch.vstack([i, i])
l = torch.column_stack([i, i])
m = torch.dstack([i, i]).shape
n = torch.cat([torch.tensor([1], dtype=torch.int32), torch.tensor([2], dtype=torch.int64)])
o = torch.where(i > 1, i, 0.5)
p = torch.where(b, 1, 0)
