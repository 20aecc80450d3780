# api: torch.nn.ConvTranspose1d
import torch
import torch.nn as nn
up = nn.ConvTranspose1d(4, 2, kernel_size=2, stride=1, groups=2, dilation=2)
nn.init.constant_(up.weight, 0.25)
nn.init.constant_(up.bias, 1.0)
x = torch.arange(20.).reshape(1, 4, 5)
out = up(x)
wshape = up.weight.shape
