# api: torch.nn.Upsample
import torch
import torch.nn as nn
up = nn.Upsample(size=5)
x = torch.arange(12.).reshape(1, 1, 3, 4)
out = up(x)
mode = up.mode
size = up.size
up_nn = nn.UpsamplingNearest2d(scale_factor=3)(x).shape
up_bl = nn.UpsamplingBilinear2d(size=(4, 6))(x)
