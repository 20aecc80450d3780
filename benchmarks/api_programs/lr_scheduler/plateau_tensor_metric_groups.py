# api: torch.optim.lr_scheduler.ReduceLROnPlateau
import torch
a = torch.tensor([1.0], requires_grad=True)
b = torch.tensor([2.0], requires_grad=True)
opt = torch.optim.Adam([{"params": [a], "lr": 0.1}, {"params": [b], "lr": 0.01}])
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, patience=0, factor=0.3, min_lr=[0.005, 0.002])
lrs = []
for step in range(8):
    loss = (a ** 2).sum() * 0 + torch.tensor(1.0) + step * 0.0
    sched.step(loss)
    lrs.append([g["lr"] for g in opt.param_groups])
