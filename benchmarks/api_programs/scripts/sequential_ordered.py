# api: torch.nn.Sequential
import torch
import torch.nn as nn
from collections import OrderedDict
net = nn.Sequential(OrderedDict([("fc", nn.Linear(2, 2)), ("act", nn.Tanh())]))
with torch.no_grad():
    net.fc.weight.copy_(torch.eye(2)); net.fc.bias.zero_()
out = net(torch.tensor([[0.5, -1.0]]))
names = [n for n, _ in net.named_children()]
n_layers = len(net)
first = type(net[0]).__name__
