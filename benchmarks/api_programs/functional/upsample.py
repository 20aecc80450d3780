# api: torch.nn.functional.upsample
import torch
import torch.nn.functional as F
image = torch.arange(4.).reshape(1, 1, 2, 2)
nearest = F.upsample(image, scale_factor=2)
bilinear = F.upsample(image, size=(3, 3), mode='bilinear', align_corners=True)
