# api: torch.nn.Transformer
import torch
import torch.nn as nn
model = nn.Transformer(d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=16,
                       dropout=0.0, batch_first=True)
with torch.no_grad():
    for i, p in enumerate(model.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.37 + i).reshape(p.shape) * 0.3)
model.eval()
src = torch.cos(torch.arange(2 * 4 * 8, dtype=torch.float32)).reshape(2, 4, 8)
tgt = torch.sin(torch.arange(2 * 3 * 8, dtype=torch.float32)).reshape(2, 3, 8)
tgt_mask = model.generate_square_subsequent_mask(3)
src_pad = torch.tensor([[False, False, False, True], [False, False, False, False]])
out = model(src, tgt, tgt_mask=tgt_mask, src_key_padding_mask=src_pad, memory_key_padding_mask=src_pad)
mask = tgt_mask
