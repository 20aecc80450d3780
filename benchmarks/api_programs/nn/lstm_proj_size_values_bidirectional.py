# api: torch.nn.LSTM
import torch
import torch.nn as nn
m = nn.LSTM(3, 5, proj_size=2, bidirectional=True)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.cos(torch.arange(18.)).reshape(3, 2, 3)
out, (h, c) = m(x)
names = [n for n, _ in m.named_parameters()]
