# api: torch.nn.utils.clip_grad_value_
import torch
import torch.nn as nn
net = nn.Linear(3, 1)
with torch.no_grad():
    net.weight.copy_(torch.tensor([[1.0, -1.0, 2.0]]))
    net.bias.fill_(0.0)
(net(torch.tensor([[5.0, -0.1, 2.0]])) * 3).sum().backward()
nn.utils.clip_grad_value_(net.parameters(), clip_value=1.0)
wgrad = net.weight.grad
bgrad = net.bias.grad
