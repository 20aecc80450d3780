# api: torch.nn.Upsample
import torch
import torch.nn as nn
x = torch.arange(12.).reshape(1, 1, 3, 4)
a = nn.Upsample(scale_factor=(2, 1.5), mode="bilinear", align_corners=True)(x)
b = nn.Upsample(scale_factor=(2, 1.5), mode="bilinear")(x)
