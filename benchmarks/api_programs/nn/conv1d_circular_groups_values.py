# api: torch.nn.Conv1d
import torch
import torch.nn as nn
conv = nn.Conv1d(4, 4, 3, padding=1, groups=2, padding_mode="circular")
nn.init.constant_(conv.weight, 0.5)
nn.init.zeros_(conv.bias)
x = torch.arange(24.).reshape(1, 4, 6)
out = conv(x)
groups = conv.groups
wshape = tuple(conv.weight.shape)
