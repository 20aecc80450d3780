# api: torch.optim.RMSprop
import torch
torch.manual_seed(0)
m = torch.nn.Linear(2, 1)
with torch.no_grad():
    for _i, _p in enumerate(m.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
opt = torch.optim.RMSprop(m.parameters(), lr=0.05, alpha=0.9, momentum=0.5)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=4, eta_min=0.001)
x = torch.tensor([[1.0, 2.0], [3.0, -1.0]])
lrs = []
for _ in range(4):
    opt.zero_grad()
    m(x).sum().backward()
    opt.step()
    sched.step()
    lrs.append(round(opt.param_groups[0]["lr"], 6))
w = m.weight.detach()
