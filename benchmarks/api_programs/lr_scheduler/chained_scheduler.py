# api: torch.optim.lr_scheduler.ChainedScheduler
import torch
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=1.0)
s1 = torch.optim.lr_scheduler.ConstantLR(opt, factor=0.1, total_iters=2)
s2 = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.9)
sched = torch.optim.lr_scheduler.ChainedScheduler([s1, s2])
lrs = []
for _ in range(8):
    opt.step()
    sched.step()
    lrs.append([round(v, 8) for v in sched.get_last_lr()])
