# api: torch.nn.functional.interpolate
import torch
import torch.nn.functional as F
x = torch.arange(15.).reshape(1, 1, 3, 5)
a = F.interpolate(x, scale_factor=(1.3, 0.7), mode="bilinear", recompute_scale_factor=True)
b = F.interpolate(x, scale_factor=(1.3, 0.7), mode="bilinear")
c = F.interpolate(x, scale_factor=2.2, mode="bicubic", align_corners=False)
