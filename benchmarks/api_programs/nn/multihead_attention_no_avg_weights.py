# api: torch.nn.MultiheadAttention
import torch
import torch.nn as nn
mha = nn.MultiheadAttention(4, 2, bias=False)
with torch.no_grad():
    for i, p in enumerate(mha.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.3 + i).reshape(p.shape) * 0.5)
x = torch.cos(torch.arange(24.)).reshape(3, 2, 4)
key_pad = torch.tensor([[False, False, True], [False, False, False]])
out, w = mha(x, x, x, key_padding_mask=key_pad, average_attn_weights=False)
out2, none_w = mha(x, x, x, need_weights=False)
none = none_w is None
