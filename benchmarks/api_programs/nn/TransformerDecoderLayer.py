# api: torch.nn.TransformerDecoderLayer
import torch
import torch.nn as nn
layer = nn.TransformerDecoderLayer(4, 2, dim_feedforward=8, dropout=0.0, batch_first=True, norm_first=True)
with torch.no_grad():
    for param in layer.parameters():
        param.copy_(torch.linspace(0.5, -0.5, param.numel()).reshape(param.shape))
tgt = torch.arange(12.).reshape(1, 3, 4).sin()
memory = torch.arange(8.).reshape(1, 2, 4) / 4
causal = torch.triu(torch.full((3, 3), float('-inf')), diagonal=1)
out = layer(tgt, memory, tgt_mask=causal)
