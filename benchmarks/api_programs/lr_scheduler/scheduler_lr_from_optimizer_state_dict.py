# api: torch.optim.lr_scheduler.MultiStepLR
import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
sched = torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[2, 4], gamma=0.1)
for _ in range(5):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
    sched.step()
osd = opt.state_dict()
group = osd["param_groups"][0]
saved_lr = round(group["lr"], 10)
saved_initial = group["initial_lr"]
ssd = sched.state_dict()
milestones = dict(ssd["milestones"])
