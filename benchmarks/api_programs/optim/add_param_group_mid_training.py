# api: torch.optim.Optimizer.add_param_group
import torch
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([-1.0, 0.5], requires_grad=True)
opt = torch.optim.Adam([a], lr=0.1)
for step in range(4):
    if step == 2:
        opt.add_param_group({"params": b, "lr": 0.05, "betas": (0.5, 0.6)})
    opt.zero_grad()
    (a.pow(2).sum() + b.pow(3).sum()).backward()
    opt.step()
a_final, b_final = a.detach().clone(), b.detach().clone()
n_groups = len(opt.param_groups)
second_betas = opt.param_groups[1]["betas"]
second_eps = opt.param_groups[1]["eps"]
