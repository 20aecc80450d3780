# api: torch.nn.ConvTranspose3d
import torch
import torch.nn as nn
m = nn.ConvTranspose3d(1, 2, kernel_size=(2, 3, 3), stride=(1, 2, 2), padding=(0, 1, 1), output_padding=(0, 1, 0))
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.cos(torch.arange(18.)).reshape(1, 1, 2, 3, 3)
out = m(x)
