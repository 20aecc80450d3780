# api: torch.nn.functional.interpolate
import torch
import torch.nn.functional as F
x = torch.arange(16.).view(1, 1, 4, 4)
a = F.interpolate(x, size=6, mode="bilinear", align_corners=True)
b = F.interpolate(x, scale_factor=(1.5, 2.0), mode="bilinear", align_corners=False)
c = F.interpolate(torch.arange(6.).view(1, 2, 3), scale_factor=2, mode="linear")
