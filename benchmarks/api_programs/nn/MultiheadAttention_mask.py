# api: torch.nn.MultiheadAttention
import torch
import torch.nn as nn
mha = nn.MultiheadAttention(4, 1)
for p in mha.parameters():
    nn.init.constant_(p, 0.1)
x = torch.arange(24.).reshape(3, 2, 4) / 24
mask = torch.triu(torch.ones(3, 3, dtype=torch.bool), diagonal=1)
out, weights = mha(x, x, x, attn_mask=mask, need_weights=True)
