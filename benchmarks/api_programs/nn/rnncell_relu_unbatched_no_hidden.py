# api: torch.nn.RNNCell
import torch
import torch.nn as nn
m = nn.RNNCell(3, 2, nonlinearity="relu")
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.tensor([0.5, -1.0, 2.0])
h = m(x)
h2 = m(x, h)
