# api: torch.nn.MultiheadAttention
import torch
import torch.nn as nn
m = nn.MultiheadAttention(4, 1, kdim=3, vdim=5)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
q = torch.cos(torch.arange(8.)).reshape(2, 1, 4)
k = torch.sin(torch.arange(9.)).reshape(3, 1, 3)
v = torch.cos(torch.arange(15.) * 0.3).reshape(3, 1, 5)
out, w = m(q, k, v)
names = [n for n, _ in m.named_parameters()]
