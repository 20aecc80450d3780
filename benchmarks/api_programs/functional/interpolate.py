# api: torch.nn.functional.interpolate
import torch
import torch.nn.functional as F
x = torch.arange(4.).reshape(1, 1, 2, 2)
n = F.interpolate(x, size=(3, 3))
b = F.interpolate(x, scale_factor=2, mode='bilinear', align_corners=False)
