# api: torch.optim.lr_scheduler.CyclicLR
import torch
w = torch.tensor([1.0, -1.0], requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1)
sched = torch.optim.lr_scheduler.CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=3, step_size_down=2, mode='exp_range', gamma=0.9, cycle_momentum=False)
last_lrs, group_lrs = [], []
for epoch in range(12):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
    sched.step()
    last_lrs.append([round(v, 8) for v in sched.get_last_lr()])
    group_lrs.append(round(opt.param_groups[0]["lr"], 8))
last_epoch = sched.last_epoch
w_final = w.detach().clone()
