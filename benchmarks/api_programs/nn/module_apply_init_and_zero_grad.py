# api: torch.nn.Module.apply
import torch
import torch.nn as nn
net = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 2))
def init(m):
    if isinstance(m, nn.Linear):
        nn.init.constant_(m.weight, 0.25)
        nn.init.constant_(m.bias, -0.1)
returned = net.apply(init) is net
out = net(torch.tensor([[1.0, 2.0]]))
out.sum().backward()
had_grad = net[0].weight.grad is not None
net.zero_grad()
after = net[0].weight.grad is None
