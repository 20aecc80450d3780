# api: torch.tensor
import torch
a = torch.tensor(1.5)
b = torch.tensor(2.5)
ab = torch.tensor([a, b])
z = torch.zeros(())
f = torch.full((), 7)
e = torch.ones([])
zd = z.dim()
cat = torch.cat([a.unsqueeze(0), b.unsqueeze(0)])
