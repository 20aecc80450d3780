# api: torch.nn.ConvTranspose1d
import torch
import torch.nn as nn
m = nn.ConvTranspose1d(2, 1, kernel_size=3, stride=2, padding=1)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.cos(torch.arange(8.)).reshape(1, 2, 4)
a = m(x)
b = m(x, output_size=[8])
