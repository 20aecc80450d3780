# api: torch.nn.PixelShuffle
import torch
import torch.nn as nn
x = torch.arange(2 * 9 * 2 * 2, dtype=torch.float32).reshape(2, 9, 2, 2)
ps = nn.PixelShuffle(3)(x)
back = nn.PixelUnshuffle(3)(ps)
same = torch.equal(back, x)
