# api: torch.nn.MultiheadAttention
import torch
import torch.nn as nn
mha = nn.MultiheadAttention(4, 1, batch_first=True)
with torch.no_grad():
    for i, p in enumerate(mha.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.9 + i).reshape(p.shape) * 0.5)
q = torch.cos(torch.arange(12.)).reshape(1, 3, 4)
mask = torch.tensor([[0.0, -1.0, float("-inf")], [0.0, 0.0, float("-inf")], [0.5, 0.0, 0.0]])
out, w = mha(q, q, q, attn_mask=mask)
head_dim = mha.head_dim
embed = mha.embed_dim
