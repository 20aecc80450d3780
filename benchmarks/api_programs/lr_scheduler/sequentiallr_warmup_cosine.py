# api: torch.optim.lr_scheduler.SequentialLR
import torch
from torch.optim.lr_scheduler import LinearLR, CosineAnnealingLR, SequentialLR
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
warm = LinearLR(opt, start_factor=0.1, total_iters=3)
cos = CosineAnnealingLR(opt, T_max=6, eta_min=0.001)
sched = SequentialLR(opt, schedulers=[warm, cos], milestones=[3])
lrs = [opt.param_groups[0]["lr"]]
for _ in range(12):
    opt.step()
    sched.step()
    lrs.append(round(opt.param_groups[0]["lr"], 8))
last = [round(v, 8) for v in sched.get_last_lr()]
