# api: torch.nn.Conv2d
import torch
import torch.nn as nn
conv = nn.Conv2d(1, 2, kernel_size=3, padding=1, bias=False)
with torch.no_grad():
    conv.weight.copy_(torch.arange(18.).reshape(2, 1, 3, 3) / 10)
x = torch.arange(16.).reshape(1, 1, 4, 4)
y = conv(x)
