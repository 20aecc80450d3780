# api: torch.nn.Flatten
import torch
import torch.nn as nn
x = torch.arange(24.).view(2, 3, 4)
a = nn.Flatten()(x)
b = nn.Flatten(0, 1)(x)
c = nn.Identity()(x)
d = nn.Unflatten(1, (3, 1))(x)
e = nn.Upsample(scale_factor=2, mode="nearest")(x.unsqueeze(0))
f = nn.Upsample(size=(4, 6), mode="bilinear", align_corners=False)(x.unsqueeze(0))
g = nn.ZeroPad2d((1, 0, 0, 1))(x)
h = nn.PixelShuffle(2)(torch.arange(16.).view(1, 4, 2, 2))
