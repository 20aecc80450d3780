# api: torch.nn.MultiheadAttention
import torch
import torch.nn as nn
m = nn.MultiheadAttention(4, 2)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
q = torch.sin(torch.arange(24.)).reshape(3, 2, 4)
mask = torch.triu(torch.ones(3, 3, dtype=torch.bool), diagonal=1)
out, w = m(q, q, q, attn_mask=mask, average_attn_weights=False)
