# api: torch.nn.TransformerEncoderLayer
import torch
import torch.nn as nn
layer = nn.TransformerEncoderLayer(4, 1, dim_feedforward=6, dropout=0.0, activation="gelu", norm_first=True)
with torch.no_grad():
    for i, p in enumerate(layer.parameters()):
        p.copy_(torch.cos(torch.arange(p.numel(), dtype=torch.float32) + i).reshape(p.shape) * 0.3)
layer.eval()
x = torch.sin(torch.arange(20.)).reshape(5, 1, 4)
out = layer(x)
names = [n for n, _ in layer.named_parameters()]
