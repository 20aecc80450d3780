# api: torch.nn.Conv2d
import torch
import torch.nn as nn
m = nn.Conv2d(1, 2, 3, stride=2, padding=1, padding_mode="circular")
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.arange(25.).reshape(1, 1, 5, 5) / 10
out = m(x)
