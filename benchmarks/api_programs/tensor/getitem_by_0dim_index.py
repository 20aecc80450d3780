# api: torch.Tensor.__getitem__
import torch
x = torch.arange(12.).reshape(3, 4)
i = x.sum(1).argmax()
row = x[i]
j = torch.tensor(1)
col = x[:, j]
cell = x[i, j]
picked = x[torch.tensor(0)]
v = torch.arange(5) * 2
k = v.argmin()
elem = v[k]
x2 = x.clone()
x2[i] = 0.0
x3 = x.clone()
x3[j, j] = -1.0
