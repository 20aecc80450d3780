# api: torch.nn.functional.upsample_bilinear
import torch
import torch.nn.functional as F
image = torch.arange(6.).reshape(1, 1, 2, 3)
scaled = F.upsample_bilinear(image, scale_factor=2)
sized = F.upsample_bilinear(image, size=(3, 5))
