# api: torch.optim.Adam
import torch
torch.manual_seed(0)
m = torch.nn.Linear(3, 2)
with torch.no_grad():
    for _i, _p in enumerate(m.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
opt = torch.optim.Adam(m.parameters(), lr=0.01, betas=(0.8, 0.99), amsgrad=True, weight_decay=0.01)
x = torch.arange(6.0).view(2, 3)
for _ in range(4):
    opt.zero_grad()
    loss = (m(x) - 1).abs().sum()
    loss.backward()
    opt.step()
w = m.weight.detach()
b = m.bias.detach()
lr0 = opt.param_groups[0]["lr"]
