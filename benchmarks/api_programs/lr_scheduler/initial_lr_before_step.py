# api: torch.optim.lr_scheduler.LinearLR
import torch
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
sched = torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.5, total_iters=4)
lr_at_start = opt.param_groups[0]["lr"]
initial_lr = opt.param_groups[0]["initial_lr"]
base_lrs = sched.base_lrs
last_lr0 = sched.get_last_lr()
epoch0 = sched.last_epoch
