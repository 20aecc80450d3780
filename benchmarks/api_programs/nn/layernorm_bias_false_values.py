# api: torch.nn.LayerNorm
import torch
import torch.nn as nn
m = nn.LayerNorm(3, bias=False, eps=1e-3)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4 + 1.0)
x = torch.sin(torch.arange(12.)).reshape(4, 3)
out = m(x)
names = [n for n, _ in m.named_parameters()]
bias_none = m.bias is None
