# api: torch.optim.SGD
import torch
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([-1.0, 0.5, 3.0], requires_grad=True)
opt = torch.optim.SGD([{"params": [a], "lr": 0.1, "weight_decay": 0.5},
                       {"params": [b]}], lr=0.01, momentum=0.9)
for _ in range(4):
    opt.zero_grad()
    (a.pow(2).sum() + (b * torch.tensor([1.0, 2.0, 3.0])).sum()).backward()
    opt.step()
a_final, b_final = a.detach().clone(), b.detach().clone()
group_lrs = [g["lr"] for g in opt.param_groups]
group_wd = [g["weight_decay"] for g in opt.param_groups]
group_momentum = [g["momentum"] for g in opt.param_groups]
