# api: torch.nn.MultiheadAttention
import torch
import torch.nn as nn
m = nn.MultiheadAttention(4, 2)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
q = torch.cos(torch.arange(24.)).reshape(3, 2, 4)
out, w = m(q, q, q, need_weights=False)
w_is_none = w is None
