# api: torch.nn.RNN
import torch
import torch.nn as nn
m = nn.RNN(2, 2, bias=False)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.arange(6.).reshape(3, 1, 2) / 5
h0 = torch.tensor([[[0.3, -0.3]]])
out, h = m(x, h0)
names = [n for n, _ in m.named_parameters()]
