# api: torch.nn.TransformerEncoderLayer
import torch
import torch.nn as nn
layer = nn.TransformerEncoderLayer(d_model=4, nhead=1, dim_feedforward=6, dropout=0.0, activation='gelu')
with torch.no_grad():
    for param in layer.parameters():
        param.copy_(torch.linspace(-0.5, 0.5, param.numel()).reshape(param.shape))
src = torch.arange(12.).reshape(3, 1, 4).cos()
out = layer(src)
random_layer = nn.TransformerEncoderLayer(8, 2)
random_shape = random_layer(torch.ones(5, 2, 8)).shape
