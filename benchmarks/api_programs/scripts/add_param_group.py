# api: torch.optim.Optimizer.add_param_group
import torch
a = torch.nn.Parameter(torch.tensor([1.0]))
b = torch.nn.Parameter(torch.tensor([2.0]))
opt = torch.optim.SGD([a], lr=0.1)
opt.add_param_group({"params": [b], "lr": 0.5})
(a * 2 + b * 3).sum().backward()
opt.step()
av, bv = a.detach(), b.detach()
lrs = [g["lr"] for g in opt.param_groups]
