# api: torch.std
import torch
x = torch.tensor([[1.0, 2.0, 4.0], [3.0, 3.0, 9.0]])
s = x.std()
s0 = x.std(dim=0)
su = torch.std(x, 1, unbiased=False)
sc = torch.std(x, dim=1, correction=0, keepdim=True)
v = x.var()
v1 = torch.var(x, -1)
vu = x.var(0, unbiased=False)
vm = torch.var_mean(x, dim=1)
