# api: torch.nn.PixelUnshuffle
import torch
import torch.nn as nn
unshuffle = nn.PixelUnshuffle(2)
image = torch.arange(32.).reshape(1, 2, 4, 4)
packed = unshuffle(image)
