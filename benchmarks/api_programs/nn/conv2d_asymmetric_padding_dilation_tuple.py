# api: torch.nn.Conv2d
import torch
import torch.nn as nn
m = nn.Conv2d(2, 2, kernel_size=3, padding=(2, 0), dilation=(2, 1), bias=False)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.cos(torch.arange(2 * 6 * 6.)).reshape(1, 2, 6, 6)
out = m(x)
