# api: torch.tensor
import torch
s = torch.tensor(2.0)
i = torch.tensor(3)
x = torch.tensor([1.0, 2.0, 3.0])
a = x * s
b = x + i
c = s * i
d = s ** 2
e = torch.exp(s)
f = x / x.sum()
g = x - x.mean()
h = i * 2
k = (x > s).sum()
l = s.item() + 1
m = torch.max(x) - torch.min(x)
n = x[x.argmax()]
o = torch.stack([s, s * 2])
p = torch.tensor([s.item(), 1.0])
q = x.sum() / i
r = torch.where(x > 1.5, s, torch.tensor(0.0))
