# api: torch.optim.RMSprop
import torch
import torch.optim as optim
import torch.nn as nn
net = nn.Linear(3, 1, bias=False)
with torch.no_grad():
    net.weight.fill_(0.5)
opt = optim.RMSprop(net.parameters(), lr=0.05, centered=True)
x = torch.eye(3)
for _ in range(4):
    opt.zero_grad()
    (net(x) - torch.tensor([[1.0], [2.0], [3.0]])).pow(2).sum().backward()
    opt.step()
weight = net.weight.detach().clone()
square_avg = opt.state[net.weight]["square_avg"].clone()
