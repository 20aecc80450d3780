# api: torch.var_mean
import torch
x = torch.arange(24.0).reshape(2, 3, 4)
v, m = torch.var_mean(x, dim=(-1, 0))
s, m2 = torch.std_mean(x, (1,), keepdim=True)
