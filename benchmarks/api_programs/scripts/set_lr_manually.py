# api: torch.optim.SGD
import torch
m = torch.nn.Linear(2, 1)
with torch.no_grad():
    m.weight.fill_(1.0); m.bias.zero_()
opt = torch.optim.SGD(m.parameters(), lr=1.0)
for _g in opt.param_groups:
    _g["lr"] = 0.5
x = torch.tensor([[1.0, 2.0]])
opt.zero_grad()
m(x).sum().backward()
opt.step()
w = m.weight.detach()
lr = opt.param_groups[0]["lr"]
n_groups = len(opt.param_groups)
