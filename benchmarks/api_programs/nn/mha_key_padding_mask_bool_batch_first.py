# api: torch.nn.MultiheadAttention
import torch
import torch.nn as nn
m = nn.MultiheadAttention(4, 2, batch_first=True)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
q = torch.cos(torch.arange(24.)).reshape(2, 3, 4)
kpm = torch.tensor([[False, False, True], [False, True, True]])
out, w = m(q, q, q, key_padding_mask=kpm)
