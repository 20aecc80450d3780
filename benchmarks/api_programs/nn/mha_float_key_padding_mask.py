# api: torch.nn.MultiheadAttention
import torch
import torch.nn as nn
m = nn.MultiheadAttention(4, 1, batch_first=True)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
q = torch.cos(torch.arange(24.)).reshape(2, 3, 4)
kpm = torch.tensor([[0.0, -1.0, float("-inf")], [0.0, 0.0, 0.5]])
out, w = m(q, q, q, key_padding_mask=kpm)
