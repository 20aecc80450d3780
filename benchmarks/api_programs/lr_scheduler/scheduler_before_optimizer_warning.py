# api: torch.optim.lr_scheduler.ExponentialLR
import torch
import warnings
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.5)
sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.5)
lrs = []
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for _ in range(4):
        sched.step()
        lrs.append(opt.param_groups[0]["lr"])
