# api: torch.nn.ConvTranspose2d
import torch
import torch.nn as nn
up = nn.ConvTranspose2d(2, 1, kernel_size=3, stride=2, padding=1, output_padding=1, bias=False)
with torch.no_grad():
    up.weight.copy_(torch.linspace(-1, 1, 18).reshape(2, 1, 3, 3))
x = torch.arange(18.).reshape(1, 2, 3, 3) / 10
out = up(x)
out_size = up(x, output_size=[6, 6]).shape
wshape = up.weight.shape
