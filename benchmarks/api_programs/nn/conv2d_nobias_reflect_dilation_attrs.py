# api: torch.nn.Conv2d
import torch
import torch.nn as nn
conv = nn.Conv2d(in_channels=2, out_channels=4, kernel_size=3, padding=2, dilation=2, bias=False, padding_mode="reflect")
with torch.no_grad():
    conv.weight.copy_(torch.arange(72.).reshape(4, 2, 3, 3) / 72)
x = torch.arange(2 * 2 * 6 * 6, dtype=torch.float32).reshape(2, 2, 6, 6) / 50
y = conv(x)
has_bias = conv.bias is None
ks = conv.kernel_size
pad = conv.padding
dil = conv.dilation
wshape = conv.weight.shape
