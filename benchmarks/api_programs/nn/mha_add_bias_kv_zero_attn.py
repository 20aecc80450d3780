# api: torch.nn.MultiheadAttention
import torch
import torch.nn as nn
mha = nn.MultiheadAttention(4, 2, add_bias_kv=True, add_zero_attn=True)
with torch.no_grad():
    for i, p in enumerate(mha.parameters()):
        p.copy_(torch.cos(torch.arange(p.numel(), dtype=torch.float32) * 0.4 + i).reshape(p.shape) * 0.5)
x = torch.sin(torch.arange(16.)).reshape(2, 2, 4)
out, w = mha(x, x, x)
names = [n for n, _ in mha.named_parameters()]
