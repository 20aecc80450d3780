# api: torch.nn.TransformerDecoder
import torch
import torch.nn as nn
layer = nn.TransformerDecoderLayer(d_model=4, nhead=2, dim_feedforward=8, dropout=0.0)
decoder = nn.TransformerDecoder(layer, num_layers=2)
with torch.no_grad():
    for param in decoder.parameters():
        param.copy_(torch.linspace(-0.3, 0.3, param.numel()).reshape(param.shape))
tgt = torch.arange(8.).reshape(2, 1, 4) / 8
memory = torch.arange(12.).reshape(3, 1, 4).cos()
out = decoder(tgt, memory)
n_layers = len(decoder.layers)
