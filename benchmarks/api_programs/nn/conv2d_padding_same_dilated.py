# api: torch.nn.Conv2d
import torch
import torch.nn as nn
conv = nn.Conv2d(1, 1, 3, padding="same", dilation=2, bias=False)
nn.init.ones_(conv.weight)
x = torch.arange(36.).reshape(1, 1, 6, 6)
out = conv(x)
padding = conv.padding
