# api: torch.nn.MultiheadAttention
import torch
import torch.nn as nn
m = nn.MultiheadAttention(6, 3, bias=False, dropout=0.5)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
m.eval()
q = torch.sin(torch.arange(24.) * 0.5).reshape(2, 2, 6)
out, w = m(q, q, q)
n_params = len(list(m.parameters()))
