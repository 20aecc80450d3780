# api: torch.optim.lr_scheduler.ExponentialLR
import torch
m = torch.nn.Linear(1, 1)
opt = torch.optim.SGD(m.parameters(), lr=1.0)
sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.5)
for _ in range(3):
    opt.step()
    sched.step()
lr = sched.get_last_lr()[0]
_sd = sched.state_dict()
last_epoch = _sd["last_epoch"]
