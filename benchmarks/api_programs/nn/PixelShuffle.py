# api: torch.nn.PixelShuffle
import torch
import torch.nn as nn
ps = nn.PixelShuffle(2)
y = ps(torch.arange(16.).reshape(1, 4, 2, 2))
