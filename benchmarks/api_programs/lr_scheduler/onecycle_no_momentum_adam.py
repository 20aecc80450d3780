# api: torch.optim.lr_scheduler.OneCycleLR
import torch
w = torch.tensor([1.0, -1.0], requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.3, epochs=3, steps_per_epoch=4, cycle_momentum=False, div_factor=10, final_div_factor=100)
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
