# api: torch.nn.PixelShuffle
import torch
import torch.nn as nn
x = torch.arange(16.).reshape(4, 2, 2)
ps = nn.PixelShuffle(upscale_factor=2)(x)
factor = nn.PixelShuffle(2).upscale_factor
cs = nn.ChannelShuffle(2)(torch.arange(8.).reshape(1, 4, 1, 2))
