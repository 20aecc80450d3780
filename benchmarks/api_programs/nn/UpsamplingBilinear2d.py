# api: torch.nn.UpsamplingBilinear2d
import torch
import torch.nn as nn
up = nn.UpsamplingBilinear2d(scale_factor=2)
y = up(torch.arange(4.).reshape(1, 1, 2, 2))
