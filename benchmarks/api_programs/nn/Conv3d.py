# api: torch.nn.Conv3d
import torch
import torch.nn as nn
conv = nn.Conv3d(1, 2, kernel_size=2, stride=1, padding=0)
with torch.no_grad():
    conv.weight.copy_(torch.arange(16.).reshape(2, 1, 2, 2, 2) / 10)
    conv.bias.copy_(torch.tensor([0.5, -0.5]))
volume = torch.arange(27.).reshape(1, 1, 3, 3, 3)
out = conv(volume)
weight_shape = conv.weight.shape
