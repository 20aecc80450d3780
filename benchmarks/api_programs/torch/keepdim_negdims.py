# api: torch.Tensor.sum
import torch
x = torch.arange(24.).view(2, 3, 4)
a = x.sum(-1, keepdim=True)
b = x.mean(dim=-2, keepdim=True)
c = x.max(dim=-1, keepdim=True).values
d = x.amax(dim=(-1, -2))
e = x.std(-1, keepdim=True)
f = x.norm(dim=-1, keepdim=True)
g = x.argmax(-1, keepdim=True)
h = x.logsumexp(dim=-1)
i = x.cumsum(-1)
j = x.prod(-1, keepdim=True)
k = x.min(-3)[0]
l = x.var(-1, keepdim=True)
m = torch.amin(x, -1, True)
n = x.softmax(-2)
o = x.any(-1)
p = (x > 3).all(dim=-1)
