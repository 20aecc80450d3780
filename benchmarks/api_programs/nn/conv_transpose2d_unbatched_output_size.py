# api: torch.nn.ConvTranspose2d
import torch
import torch.nn as nn
m = nn.ConvTranspose2d(1, 1, 3, stride=2, padding=1, bias=False)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.arange(9.).reshape(1, 3, 3)
out = m(x, output_size=(6, 5))
