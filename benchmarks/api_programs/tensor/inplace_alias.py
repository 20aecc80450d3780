# api: torch.Tensor.add_
import torch
x = torch.zeros(2, 3)
row = x[0]
row += 1
col = x[:, 2]
col.fill_(5)
v = x.view(-1)
v[1] = 3
base = torch.ones(4)
alias = base
alias.mul_(3)
t = torch.arange(6.).view(2, 3).t()
t.add_(1)
