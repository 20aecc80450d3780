# api: torch.nn.GRUCell
import torch
import torch.nn as nn
m = nn.GRUCell(2, 3)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
xs = torch.cos(torch.arange(12.)).reshape(3, 2, 2)
h = torch.zeros(2, 3)
outs = []
for t in range(xs.size(0)):
    h = m(xs[t], h)
    outs.append(h)
stacked = torch.stack(outs)
