# api: torch.nn.ConvTranspose2d
import torch
import torch.nn as nn
def fill(m):
    with torch.no_grad():
        for p in m.parameters():
            p.copy_(torch.arange(p.numel(), dtype=torch.float32).view_as(p) / p.numel())
    return m
x = torch.arange(2 * 2 * 4 * 4, dtype=torch.float32).view(2, 2, 4, 4) / 10
ct = fill(nn.ConvTranspose2d(2, 3, kernel_size=2, stride=2))(x)
ct_pad = fill(nn.ConvTranspose2d(2, 1, 3, stride=2, padding=1, output_padding=1))(x)
c1 = fill(nn.Conv1d(2, 3, 3, padding=1))(x[:, :, 0])
dil = fill(nn.Conv2d(2, 2, 3, dilation=2, padding=2))(x)
dw = fill(nn.Conv2d(2, 2, 3, groups=2, bias=False))(x)
rect = fill(nn.Conv2d(2, 1, (1, 3), stride=(1, 2)))(x)
