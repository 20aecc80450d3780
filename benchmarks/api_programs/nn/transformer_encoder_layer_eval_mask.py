# api: torch.nn.TransformerEncoderLayer
import torch
import torch.nn as nn
torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model=4, nhead=2, dim_feedforward=8, dropout=0.0, batch_first=True)
with torch.no_grad():
    for i, p in enumerate(layer.parameters()):
        p.copy_(torch.linspace(-0.5, 0.5, p.numel()).reshape(p.shape) * (1 + 0.1 * i))
layer.eval()
x = torch.arange(24.).reshape(2, 3, 4) / 24
mask = torch.triu(torch.ones(3, 3, dtype=torch.bool), diagonal=1)
pad = torch.tensor([[False, False, True], [False, False, False]])
out = layer(x, src_mask=mask, src_key_padding_mask=pad)
