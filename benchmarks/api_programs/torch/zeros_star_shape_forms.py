# api: torch.zeros
import torch
x = torch.ones(2, 3)
a = torch.zeros(*x.shape)
b = torch.ones(x.shape)
c = torch.zeros([2, 3])
d = torch.zeros(size=(2, 3))
e = torch.ones(x.size(), dtype=torch.int64)
