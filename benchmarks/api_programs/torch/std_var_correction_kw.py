# api: torch.var
import torch
x = torch.tensor([[1.0, 2.0, 4.0], [3.0, 3.0, 9.0]])
v0 = torch.var(x, dim=1, correction=0)
v1 = torch.var(x, 1, unbiased=False)
s = torch.std(x, dim=0, keepdim=True)
sm = torch.std_mean(x, dim=-1)
sd, mu = torch.var_mean(x, 0, correction=0)
