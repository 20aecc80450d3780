# api: torch.nn.Conv2d
import torch
import torch.nn as nn
conv = nn.Conv2d(3, 8, 3, padding="same", bias=True)
nn.init.constant_(conv.weight, 0.1)
nn.init.zeros_(conv.bias)
x = torch.ones(1, 3, 5, 5)
out = conv(x)
mean = out.mean().item()
size = out.size()
