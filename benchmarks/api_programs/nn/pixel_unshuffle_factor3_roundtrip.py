# api: torch.nn.PixelUnshuffle
import torch
import torch.nn as nn
x = torch.arange(2 * 6 * 9.).reshape(1, 2, 6, 9)
down = nn.PixelUnshuffle(3)(x)
up = nn.PixelShuffle(3)(down)
same = torch.equal(up, x)
