# api: torch.nn.Upsample
import torch
import torch.nn as nn
x = torch.arange(8.).reshape(1, 1, 2, 2, 2)
a = nn.Upsample(size=(3, 4, 3), mode="trilinear", align_corners=False)(x)
b = nn.Upsample(scale_factor=(1, 2, 1.5), mode="nearest")(x)
