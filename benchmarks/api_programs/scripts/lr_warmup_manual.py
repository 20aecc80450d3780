# api: torch.optim.SGD
import torch
m = torch.nn.Linear(1, 1)
opt = torch.optim.SGD(m.parameters(), lr=0.0)
base_lr = 0.1
lrs = []
for step in range(5):
    lr = base_lr * min(1.0, (step + 1) / 3)
    for _pg in opt.param_groups:
        _pg["lr"] = lr
    lrs.append(opt.param_groups[0]["lr"])
defaults_lr = opt.defaults["lr"]
