# api: torch.nn.functional.pixel_shuffle
import torch
import torch.nn.functional as F
x = torch.arange(32.).reshape(1, 8, 2, 2)
upscaled = F.pixel_shuffle(x, 2)
