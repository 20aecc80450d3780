# api: torch.nn.Conv2d
import torch
import torch.nn as nn
m = nn.Conv2d(4, 6, kernel_size=(3, 2), stride=(2, 1), padding="valid", groups=2)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.sin(torch.arange(4 * 7 * 5.)).reshape(1, 4, 7, 5)
out = m(x)
wshape = m.weight.shape
