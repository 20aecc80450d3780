# api: torch.nn.init.constant_
import torch
import torch.nn as nn
conv = nn.Conv2d(3, 8, 3)
r = nn.init.constant_(conv.weight, 0.02)
same = r is conv.weight
total = conv.weight.sum()
nn.init.constant_(conv.bias, val=-1)
bias = conv.bias.detach()
