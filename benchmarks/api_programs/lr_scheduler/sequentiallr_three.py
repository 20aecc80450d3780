# api: torch.optim.lr_scheduler.SequentialLR
import torch
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=1.0)
s1 = torch.optim.lr_scheduler.ConstantLR(opt, factor=0.5, total_iters=2)
s2 = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.9)
s3 = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.1)
sched = torch.optim.lr_scheduler.SequentialLR(opt, [s1, s2, s3], milestones=[3, 7])
lrs = []
for _ in range(12):
    opt.step()
    sched.step()
    lrs.append(round(opt.param_groups[0]["lr"], 8))
