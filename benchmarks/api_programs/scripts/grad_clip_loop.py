# api: torch.nn.utils.clip_grad_norm_
import torch
m = torch.nn.Linear(3, 1)
with torch.no_grad():
    m.weight.fill_(1.0); m.bias.fill_(0.0)
opt = torch.optim.SGD(m.parameters(), lr=0.1)
x = torch.tensor([[10.0, 20.0, 30.0]])
opt.zero_grad()
loss = m(x).pow(2).sum()
loss.backward()
total = torch.nn.utils.clip_grad_norm_(m.parameters(), max_norm=1.0)
opt.step()
w = m.weight.detach()
total_f = float(total)
