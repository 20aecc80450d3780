# api: torch.nn.LSTM
import torch
import torch.nn as nn
m = nn.LSTM(2, 3)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
for name, p in m.named_parameters():
    if "bias" in name:
        n = p.size(0)
        p.data[n // 4:n // 2].fill_(1.0)
bias = m.bias_ih_l0.detach().clone()
x = torch.cos(torch.arange(8.)).reshape(2, 2, 2)
out, (h, c) = m(x)
