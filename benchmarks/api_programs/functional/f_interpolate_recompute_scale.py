# api: torch.nn.functional.interpolate
import torch
import torch.nn.functional as F
x = torch.arange(20.).reshape(1, 1, 4, 5)
a = F.interpolate(x, scale_factor=1.7, mode="bilinear", recompute_scale_factor=True)
b = F.interpolate(x, scale_factor=0.5, mode="nearest")
c = F.interpolate(x, scale_factor=(0.75, 1.4), mode="bilinear", align_corners=True)
d = F.interpolate(x, size=[3, 3], mode="bilinear", antialias=False)
e = F.interpolate(torch.arange(6.).reshape(1, 2, 3), scale_factor=2.5, mode="nearest")
