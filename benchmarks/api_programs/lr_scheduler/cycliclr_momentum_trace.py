# api: torch.optim.lr_scheduler.CyclicLR
import torch
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
sched = torch.optim.lr_scheduler.CyclicLR(opt, base_lr=0.1, max_lr=1.0, step_size_up=3, base_momentum=0.7, max_momentum=0.9)
moms = [opt.param_groups[0]["momentum"]]
for _ in range(10):
    opt.step()
    sched.step()
    moms.append(round(opt.param_groups[0]["momentum"], 8))
last = [round(v, 8) for v in sched.get_last_lr()]
