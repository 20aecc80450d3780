# api: torch.optim.lr_scheduler.StepLR
import torch
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
for _ in range(5):
    opt.step()
    sched.step()
sd = sched.state_dict()
saved_epoch = sd["last_epoch"]
saved_step_size = sd["step_size"]
saved_base = sd["base_lrs"]
saved_last = sd["_last_lr"]
opt2 = torch.optim.SGD([w], lr=0.1)
sched2 = torch.optim.lr_scheduler.StepLR(opt2, step_size=2, gamma=0.5)
sched2.load_state_dict(sd)
opt2.param_groups[0]["lr"] = sched2.get_last_lr()[0]
resumed = []
for _ in range(4):
    opt2.step()
    sched2.step()
    resumed.append(round(opt2.param_groups[0]["lr"], 8))
