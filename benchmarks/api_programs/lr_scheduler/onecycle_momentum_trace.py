# api: torch.optim.lr_scheduler.OneCycleLR
import torch
from torch.optim.lr_scheduler import OneCycleLR
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
sched = OneCycleLR(opt, max_lr=1.0, total_steps=10, base_momentum=0.8, max_momentum=0.95, pct_start=0.4)
moms = [opt.param_groups[0]["momentum"]]
lrs = [opt.param_groups[0]["lr"]]
for _ in range(9):
    opt.step()
    sched.step()
    moms.append(round(opt.param_groups[0]["momentum"], 8))
    lrs.append(round(opt.param_groups[0]["lr"], 8))
