# api: torch.nn.PixelShuffle
import torch
import torch.nn as nn
x = torch.arange(2 * 3 * 4 * 2 * 2.).reshape(2, 3, 4, 2, 2)
out = nn.PixelShuffle(2)(x)
