# api: torch.std
import torch
x = torch.arange(48.).view(2, 3, 2, 4) % 5
a = torch.std(x, dim=(2, 3))
b = x.std(dim=[0, 2, 3], keepdim=True)
c = torch.var(x, (1, 2), unbiased=False)
d = x.var(dim=(2, 3), keepdim=True)
e = x.mean(dim=(0, 2, 3))
f = torch.mean(x, dim=[2, 3], keepdim=True)
g = x.sum(dim=(1, 3))
h = torch.var_mean(x, dim=(2, 3))
i = torch.std_mean(x, [1])
j = (x - x.mean(dim=(2, 3), keepdim=True)) / torch.sqrt(x.var(dim=(2, 3), keepdim=True) + 1e-5)
k = x.amax(dim=(2, 3))
l = torch.logsumexp(x, dim=(2, 3))
m = x.mean((-1, -2))
n = x.sum([-1])
