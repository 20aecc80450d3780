# api: torch.nn.Conv2d
import torch
import torch.nn as nn
torch.manual_seed(0)
conv = nn.Conv2d(in_channels=4, out_channels=4, kernel_size=(3, 3), stride=2, padding=1, groups=2)
y = conv(torch.randn(2, 4, 7, 7))
shape = tuple(y.shape)
n_params = sum(p.numel() for p in conv.parameters())
del y
