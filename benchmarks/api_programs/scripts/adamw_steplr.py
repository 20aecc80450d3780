# api: torch.optim.AdamW
import torch
torch.manual_seed(0)
m = torch.nn.Linear(2, 2)
with torch.no_grad():
    for _i, _p in enumerate(m.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
opt = torch.optim.AdamW(m.parameters(), lr=0.1, weight_decay=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
x = torch.tensor([[1.0, 2.0], [3.0, -1.0]])
lrs = []
for epoch in range(5):
    opt.zero_grad()
    loss = m(x).pow(2).sum()
    loss.backward()
    opt.step()
    sched.step()
    lrs.append(opt.param_groups[0]["lr"])
w = m.weight.detach()
last_lr = sched.get_last_lr()
