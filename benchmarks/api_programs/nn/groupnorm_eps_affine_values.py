# api: torch.nn.GroupNorm
import torch
import torch.nn as nn
m = nn.GroupNorm(2, 4, eps=0.1)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4 + 1.0)
x = torch.sin(torch.arange(32.)).reshape(2, 4, 2, 2)
out = m(x)
out_1d = m(torch.cos(torch.arange(24.)).reshape(2, 4, 3))
