# api: torch.nn.LSTM
import torch
import torch.nn as nn
m = nn.LSTM(2, 2).double()
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
out, (h, c) = m(torch.tensor([[[1.0, 2.0]], [[0.5, -1.0]]], dtype=torch.float64))
dtype = out.dtype
