# api: torch.optim.Adagrad
import torch
torch.manual_seed(0)
m = torch.nn.Linear(2, 1)
with torch.no_grad():
    for _i, _p in enumerate(m.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
opt = torch.optim.Adagrad(m.parameters(), lr=0.1)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda=lambda e: 0.9 ** e)
x = torch.tensor([[1.0, 2.0], [3.0, -1.0]])
lrs = []
for _ in range(3):
    opt.zero_grad()
    m(x).pow(2).mean().backward()
    opt.step()
    sched.step()
    lrs.append(opt.param_groups[0]["lr"])
w = m.weight.detach()
