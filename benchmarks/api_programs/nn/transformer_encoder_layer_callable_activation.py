# api: torch.nn.TransformerEncoderLayer
import torch
import torch.nn as nn
import torch.nn.functional as F
m = nn.TransformerEncoderLayer(4, 1, dim_feedforward=8, dropout=0.0, activation=F.silu)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
m.eval()
x = torch.cos(torch.arange(16.)).reshape(2, 2, 4)
out = m(x)
