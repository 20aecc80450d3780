# api: torch.nn.MultiheadAttention
import torch
import torch.nn as nn
mha = nn.MultiheadAttention(embed_dim=4, num_heads=2, kdim=3, vdim=5, batch_first=True)
with torch.no_grad():
    for i, p in enumerate(mha.parameters()):
        p.copy_(torch.cos(torch.arange(p.numel(), dtype=torch.float32) + i).reshape(p.shape) * 0.3)
q = torch.sin(torch.arange(8.)).reshape(1, 2, 4)
k = torch.cos(torch.arange(9.)).reshape(1, 3, 3)
v = torch.sin(torch.arange(15.) * 0.5).reshape(1, 3, 5)
out, weights = mha(q, k, v)
names = [n for n, _ in mha.named_parameters()]
