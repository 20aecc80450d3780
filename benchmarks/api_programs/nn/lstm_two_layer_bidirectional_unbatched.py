# api: torch.nn.LSTM
import torch
import torch.nn as nn
m = nn.LSTM(2, 3, num_layers=2, bidirectional=True)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.sin(torch.arange(8.)).reshape(4, 2)
h0 = torch.full((4, 3), 0.1)
c0 = torch.full((4, 3), -0.1)
out, (h, c) = m(x, (h0, c0))
