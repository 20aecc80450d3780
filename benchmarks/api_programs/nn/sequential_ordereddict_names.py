# api: torch.nn.Sequential
import torch
import torch.nn as nn
from collections import OrderedDict
net = nn.Sequential(OrderedDict([("fc1", nn.Linear(3, 4)), ("act", nn.Sigmoid()), ("fc2", nn.Linear(4, 1))]))
for name, p in net.named_parameters():
    nn.init.constant_(p, 0.1)
out = net(torch.ones(2, 3))
names = [n for n, _ in net.named_parameters()]
fc2_shape = net.fc2.weight.shape
sd_keys = list(net.state_dict().keys())
