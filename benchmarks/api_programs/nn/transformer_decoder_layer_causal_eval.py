# api: torch.nn.TransformerDecoderLayer
import torch
import torch.nn as nn
layer = nn.TransformerDecoderLayer(d_model=4, nhead=2, dim_feedforward=8, dropout=0.0, batch_first=True)
with torch.no_grad():
    for i, p in enumerate(layer.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
layer.eval()
tgt = torch.cos(torch.arange(24.)).reshape(2, 3, 4)
memory = torch.sin(torch.arange(16.)).reshape(2, 2, 4)
causal = nn.Transformer.generate_square_subsequent_mask(3)
out = layer(tgt, memory, tgt_mask=causal)
