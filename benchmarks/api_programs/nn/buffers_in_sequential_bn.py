# api: torch.nn.Module.named_buffers
import torch
import torch.nn as nn
net = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.ReLU(), nn.Sequential(nn.BatchNorm2d(2, track_running_stats=False)))
buffer_names = [n for n, _ in net.named_buffers()]
n_buffers = len(list(net.buffers()))
param_names = [n for n, _ in net.named_parameters()]
keys = list(net.state_dict().keys())
