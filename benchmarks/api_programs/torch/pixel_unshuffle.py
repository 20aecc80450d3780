# api: torch.pixel_unshuffle
import torch
x = torch.arange(16, dtype=torch.float32).reshape(1, 1, 4, 4)
downscaled = torch.pixel_unshuffle(x, 2)
two_channels = torch.pixel_unshuffle(torch.arange(32).reshape(1, 2, 4, 4), downscale_factor=2)
