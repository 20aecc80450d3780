# api: torch.optim.SGD
import torch
torch.manual_seed(0)
m = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.Linear(3, 1))
with torch.no_grad():
    for _i, _p in enumerate(m.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
opt = torch.optim.SGD([{"params": m[0].parameters()}, {"params": m[1].parameters(), "lr": 0.01}],
                      lr=0.1, momentum=0.9, nesterov=True, weight_decay=1e-3)
x = torch.ones(5, 4)
for _ in range(3):
    opt.zero_grad()
    loss = m(x).pow(2).mean()
    loss.backward()
    opt.step()
w0 = m[0].weight.detach().clone()
w1 = m[1].weight.detach().clone()
lrs = [g["lr"] for g in opt.param_groups]
final = loss.item()
