# api: torch.nn.Conv3d
import torch
import torch.nn as nn
m = nn.Conv3d(2, 4, kernel_size=2, stride=(1, 2, 2), padding=(1, 0, 1), groups=2)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.sin(torch.arange(2 * 3 * 4 * 4.)).reshape(1, 2, 3, 4, 4)
out = m(x)
