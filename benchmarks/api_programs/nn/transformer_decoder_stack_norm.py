# api: torch.nn.TransformerDecoder
import torch
import torch.nn as nn
layer = nn.TransformerDecoderLayer(4, 2, 8, dropout=0.0, norm_first=True)
dec = nn.TransformerDecoder(layer, num_layers=2, norm=nn.LayerNorm(4))
with torch.no_grad():
    for i, p in enumerate(dec.parameters()):
        p.copy_(torch.cos(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
dec.eval()
tgt = torch.sin(torch.arange(24.)).reshape(3, 2, 4)
mem = torch.cos(torch.arange(16.)).reshape(2, 2, 4)
out = dec(tgt, mem, tgt_mask=torch.triu(torch.full((3, 3), float("-inf")), diagonal=1))
n_layers = len(dec.layers)
