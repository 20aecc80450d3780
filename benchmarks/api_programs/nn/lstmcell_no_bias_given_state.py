# api: torch.nn.LSTMCell
import torch
import torch.nn as nn
m = nn.LSTMCell(3, 2, bias=False)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.linspace(-1, 1, 6).reshape(2, 3)
h = torch.full((2, 2), 0.2)
c = torch.full((2, 2), -0.3)
for _ in range(3):
    h, c = m(x, (h, c))
