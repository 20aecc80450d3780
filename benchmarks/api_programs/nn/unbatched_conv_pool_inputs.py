# api: torch.nn.Conv2d
import torch
import torch.nn as nn
conv = nn.Conv2d(2, 3, 3, padding=1)
nn.init.constant_(conv.weight, 0.1)
nn.init.constant_(conv.bias, 0.5)
x = torch.arange(50.).reshape(2, 5, 5) / 10
y = conv(x)
pooled = nn.MaxPool2d(2)(y)
avg = nn.AvgPool2d(2, ceil_mode=True)(y)
adapt = nn.AdaptiveAvgPool2d(2)(y)
c1 = nn.Conv1d(2, 1, 2)
nn.init.ones_(c1.weight)
nn.init.zeros_(c1.bias)
y1 = c1(torch.arange(8.).reshape(2, 4))
