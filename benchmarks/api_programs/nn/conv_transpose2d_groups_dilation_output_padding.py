# api: torch.nn.ConvTranspose2d
import torch
import torch.nn as nn
m = nn.ConvTranspose2d(4, 2, kernel_size=2, stride=3, dilation=2, groups=2, output_padding=1)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.sin(torch.arange(36.)).reshape(1, 4, 3, 3)
out = m(x)
wshape = m.weight.shape
