# api: torch.nn.MaxPool2d
import torch
import torch.nn as nn
pool = nn.MaxPool2d(3, stride=1, padding=1, dilation=2)
x = torch.arange(49.).reshape(1, 1, 7, 7) % 11
out = pool(x)
