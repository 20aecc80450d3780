# api: torch.pixel_shuffle
import torch
x = torch.arange(16, dtype=torch.float32).reshape(1, 4, 2, 2)
upscaled = torch.pixel_shuffle(x, 2)
batch = torch.pixel_shuffle(torch.arange(72.0).reshape(2, 9, 2, 2), upscale_factor=3)
