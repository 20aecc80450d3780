# api: torch.nn.MultiheadAttention
import torch
import torch.nn as nn
torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
for p in mha.parameters():
    nn.init.constant_(p, 0.05)
q = torch.arange(48.).reshape(2, 3, 8) / 48
attn_out, attn_w = mha(q, q, q)
w_shape = attn_w.shape
