# api: torch.nn.utils.clip_grad_norm_
import torch
import torch.nn as nn
net = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
for i, p in enumerate(net.parameters()):
    nn.init.constant_(p, 0.1 * (i + 1))
opt = torch.optim.SGD(net.parameters(), lr=0.1)
norms = []
for step in range(3):
    opt.zero_grad()
    loss = (net(torch.arange(6.).reshape(2, 3)) ** 2).sum()
    loss.backward()
    norms.append(nn.utils.clip_grad_norm_(net.parameters(), 1.0).item())
    opt.step()
final_w = net[2].weight.detach()
