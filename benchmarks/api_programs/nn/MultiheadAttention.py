# api: torch.nn.MultiheadAttention
import torch
import torch.nn as nn
attn = nn.MultiheadAttention(embed_dim=4, num_heads=2, batch_first=True)
with torch.no_grad():
    attn.in_proj_weight.copy_(torch.linspace(-0.5, 0.5, 48).reshape(12, 4))
    attn.in_proj_bias.zero_()
    attn.out_proj.weight.copy_(torch.eye(4))
    attn.out_proj.bias.fill_(0.1)
x = torch.arange(12.).reshape(1, 3, 4) / 12
out, weights = attn(x, x, x)
out_masked, _ = attn(x, x, x, need_weights=False, attn_mask=torch.triu(torch.ones(3, 3, dtype=torch.bool), diagonal=1))
