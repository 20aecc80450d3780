# api: torch.optim.lr_scheduler.LambdaLR
import torch
a = torch.tensor([1.0], requires_grad=True)
b = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([{"params": [a]}, {"params": [b], "lr": 0.5}], lr=0.1)
sched = torch.optim.lr_scheduler.LambdaLR(opt, [lambda e: 0.9 ** e, lambda e: 1.0 / (1 + e)])
lrs = []
for _ in range(6):
    opt.step()
    sched.step()
    lrs.append([round(v, 8) for v in sched.get_last_lr()])
