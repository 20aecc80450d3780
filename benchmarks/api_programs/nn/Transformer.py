# api: torch.nn.Transformer
import torch
import torch.nn as nn
model = nn.Transformer(d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=1,
                       dim_feedforward=16, dropout=0.0, batch_first=True)
with torch.no_grad():
    for i, param in enumerate(model.parameters()):
        param.copy_(torch.linspace(-0.2, 0.2, param.numel()).reshape(param.shape) * (1 + i % 3))
src = torch.arange(24.).reshape(1, 3, 8).sin()
tgt = torch.arange(16.).reshape(1, 2, 8).cos()
tgt_mask = nn.Transformer.generate_square_subsequent_mask(2)
out = model(src, tgt, tgt_mask=tgt_mask)
