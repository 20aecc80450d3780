# api: torch.optim.lr_scheduler.CosineAnnealingLR
import torch
w = torch.tensor([1.0, -1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=5, eta_min=0.01)
last_lrs, group_lrs = [], []
for epoch in range(14):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
    sched.step()
    last_lrs.append([round(v, 8) for v in sched.get_last_lr()])
    group_lrs.append(round(opt.param_groups[0]["lr"], 8))
last_epoch = sched.last_epoch
w_final = w.detach().clone()
