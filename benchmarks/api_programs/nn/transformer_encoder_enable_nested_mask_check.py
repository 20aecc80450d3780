# api: torch.nn.TransformerEncoder
import torch
import torch.nn as nn
layer = nn.TransformerEncoderLayer(4, 2, dim_feedforward=8, dropout=0.0, batch_first=True)
m = nn.TransformerEncoder(layer, num_layers=2, norm=nn.LayerNorm(4), enable_nested_tensor=False)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
m.eval()
x = torch.cos(torch.arange(24.) * 0.4).reshape(2, 3, 4)
mask = nn.Transformer.generate_square_subsequent_mask(3)
out = m(x, mask=mask, is_causal=True)
