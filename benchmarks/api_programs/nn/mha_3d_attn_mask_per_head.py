# api: torch.nn.MultiheadAttention
import torch
import torch.nn as nn
m = nn.MultiheadAttention(4, 2, batch_first=True)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
q = torch.sin(torch.arange(16.)).reshape(2, 2, 4)
mask = torch.zeros(4, 2, 2)
mask[1, 0, 1] = float("-inf")
mask[2, 1, 0] = -2.0
out, w = m(q, q, q, attn_mask=mask)
