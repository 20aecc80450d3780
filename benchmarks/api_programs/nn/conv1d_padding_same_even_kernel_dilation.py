# api: torch.nn.Conv1d
import torch
import torch.nn as nn
m = nn.Conv1d(2, 3, kernel_size=4, padding="same", dilation=2)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.cos(torch.arange(20.)).reshape(1, 2, 10)
out = m(x)
pad = m.padding
