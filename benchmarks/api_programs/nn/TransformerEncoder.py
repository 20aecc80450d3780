# api: torch.nn.TransformerEncoder
import torch
import torch.nn as nn
layer = nn.TransformerEncoderLayer(d_model=4, nhead=2, dim_feedforward=8, dropout=0.0, batch_first=True)
encoder = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
with torch.no_grad():
    for param in encoder.parameters():
        param.copy_(torch.linspace(-0.4, 0.4, param.numel()).reshape(param.shape))
src = torch.arange(24.).reshape(2, 3, 4).sin()
padding_mask = torch.tensor([[False, False, True], [False, False, False]])
out = encoder(src, src_key_padding_mask=padding_mask)
out_shape = out.shape
