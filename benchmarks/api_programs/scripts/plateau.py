# api: torch.optim.lr_scheduler.ReduceLROnPlateau
import torch
m = torch.nn.Linear(2, 1)
opt = torch.optim.SGD(m.parameters(), lr=0.1)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=1)
lrs = []
for val in [1.0, 0.9, 0.95, 0.97, 0.99, 0.5]:
    sched.step(torch.tensor(val))
    lrs.append(opt.param_groups[0]["lr"])
