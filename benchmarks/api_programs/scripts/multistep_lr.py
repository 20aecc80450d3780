# api: torch.optim.lr_scheduler.MultiStepLR
import torch
m = torch.nn.Linear(1, 1)
opt = torch.optim.SGD(m.parameters(), lr=1.0)
sched = torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[2, 4], gamma=0.1)
lrs = []
for _ in range(6):
    opt.step()
    sched.step()
    lrs.append(round(opt.param_groups[0]["lr"], 8))
