# api: torch.nn.Upsample
import torch
import torch.nn as nn
up = nn.Upsample(scale_factor=2, mode='nearest')
y = up(torch.arange(4.).reshape(1, 1, 2, 2))
