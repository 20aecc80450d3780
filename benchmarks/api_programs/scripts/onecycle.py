# api: torch.optim.lr_scheduler.OneCycleLR
import torch
m = torch.nn.Linear(2, 1)
opt = torch.optim.SGD(m.parameters(), lr=0.1, momentum=0.9)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=1.0, total_steps=10)
lrs = []
for _ in range(10):
    opt.step()
    sched.step()
    lrs.append(round(opt.param_groups[0]["lr"], 6))
