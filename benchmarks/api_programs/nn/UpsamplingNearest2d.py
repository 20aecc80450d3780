# api: torch.nn.UpsamplingNearest2d
import torch
import torch.nn as nn
up = nn.UpsamplingNearest2d(scale_factor=2)
image = torch.arange(4.).reshape(1, 1, 2, 2)
upscaled = up(image)
resized = nn.UpsamplingNearest2d(size=(3, 5))(image)
