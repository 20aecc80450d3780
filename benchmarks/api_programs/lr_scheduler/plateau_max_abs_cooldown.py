# api: torch.optim.lr_scheduler.ReduceLROnPlateau
import torch
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=1.0)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="max", factor=0.5, patience=1, threshold=0.1,
                                                   threshold_mode="abs", cooldown=2, min_lr=0.1)
metrics = [0.5, 0.55, 0.58, 0.7, 0.69, 0.71, 0.65, 0.6, 0.6, 0.9, 0.9, 0.9, 0.9, 0.9]
lrs, bad, cool = [], [], []
for m in metrics:
    sched.step(m)
    lrs.append(opt.param_groups[0]["lr"])
    bad.append(sched.num_bad_epochs)
    cool.append(sched.cooldown_counter)
best = sched.best
last = sched.get_last_lr()
