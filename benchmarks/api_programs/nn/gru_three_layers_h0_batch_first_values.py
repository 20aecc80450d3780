# api: torch.nn.GRU
import torch
import torch.nn as nn
m = nn.GRU(3, 4, num_layers=3, batch_first=True, dropout=0.0)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.cos(torch.arange(30.)).reshape(2, 5, 3)
h0 = torch.linspace(-0.5, 0.5, 24).reshape(3, 2, 4)
out, hn = m(x, h0)
last_matches = torch.allclose(out[:, -1], hn[-1])
