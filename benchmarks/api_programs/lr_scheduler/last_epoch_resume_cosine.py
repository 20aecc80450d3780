# api: torch.optim.lr_scheduler.CosineAnnealingLR
import torch
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
for g in opt.param_groups:
    g["initial_lr"] = 0.1
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=10, last_epoch=3)
lrs = [round(opt.param_groups[0]["lr"], 8)]
for _ in range(6):
    opt.step()
    sched.step()
    lrs.append(round(opt.param_groups[0]["lr"], 8))
