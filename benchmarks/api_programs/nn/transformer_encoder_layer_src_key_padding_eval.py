# api: torch.nn.TransformerEncoderLayer
import torch
import torch.nn as nn
m = nn.TransformerEncoderLayer(d_model=4, nhead=2, dim_feedforward=6, dropout=0.0, batch_first=True, norm_first=True, activation="gelu")
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
m.eval()
x = torch.sin(torch.arange(24.)).reshape(2, 3, 4)
kpm = torch.tensor([[False, False, True], [False, False, False]])
out = m(x, src_key_padding_mask=kpm)
