# api: torch.nn.TransformerEncoderLayer
import torch
import torch.nn as nn
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0, batch_first=True)
for name, p in layer.named_parameters():
    with torch.no_grad():
        p.copy_(torch.linspace(-0.1, 0.1, p.numel()).view_as(p))
layer.eval()
x = torch.arange(48.).view(2, 3, 8) / 48
y = layer(x)
enc = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
z = enc(x)
