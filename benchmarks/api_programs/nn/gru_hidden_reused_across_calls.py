# api: torch.nn.GRU
import torch
import torch.nn as nn
m = nn.GRU(2, 2, batch_first=True)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
h = None
chunks = torch.sin(torch.arange(16.)).reshape(2, 4, 2)
outs = []
for piece in chunks.split(2, dim=1):
    o, h = m(piece, h)
    outs.append(o)
joined = torch.cat(outs, dim=1)
full, h_full = m(chunks)
same = torch.allclose(joined, full, atol=1e-6)
