# api: torch.nn.functional.pixel_shuffle
import torch
import torch.nn.functional as F
x = torch.arange(32.).reshape(1, 8, 2, 2)
ps = F.pixel_shuffle(x, 2)
pu = F.pixel_unshuffle(ps, downscale_factor=2)
cs = F.channel_shuffle(x, 4)
