# api: torch.nn.init.uniform_
import torch
import torch.nn as nn
net = nn.Sequential(nn.Linear(20, 30), nn.Tanh(), nn.Linear(30, 10))
for m in net.modules():
    if isinstance(m, nn.Linear):
        nn.init.uniform_(m.weight, -0.1, 0.1)
        nn.init.constant_(m.bias, 0.0)
max_abs = bool(max(m.weight.abs().max() for m in net if isinstance(m, nn.Linear)) <= 0.1)
bias_sum = sum(m.bias.sum() for m in net if isinstance(m, nn.Linear))
