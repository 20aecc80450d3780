# api: torch.nn.GRU
import torch
import torch.nn as nn
gru = nn.GRU(2, 3, num_layers=2, bidirectional=True)
with torch.no_grad():
    for i, p in enumerate(gru.parameters()):
        p.copy_(torch.linspace(-0.2, 0.2 + 0.01 * i, p.numel()).reshape(p.shape))
x = torch.arange(12.).reshape(3, 2, 2) / 12
h0 = torch.full((4, 2, 3), 0.1)
out, h_n = gru(x, h0)
names = [n for n, _ in gru.named_parameters()]
