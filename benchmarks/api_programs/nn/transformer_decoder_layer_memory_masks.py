# api: torch.nn.TransformerDecoderLayer
import torch
import torch.nn as nn
m = nn.TransformerDecoderLayer(4, 2, dim_feedforward=6, dropout=0.0, batch_first=True, norm_first=True)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
m.eval()
tgt = torch.sin(torch.arange(16.)).reshape(2, 2, 4)
mem = torch.cos(torch.arange(24.)).reshape(2, 3, 4)
mkpm = torch.tensor([[False, True, True], [False, False, True]])
out = m(tgt, mem, memory_key_padding_mask=mkpm)
