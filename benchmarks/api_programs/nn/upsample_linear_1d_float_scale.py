# api: torch.nn.Upsample
import torch
import torch.nn as nn
x = torch.arange(10.).reshape(1, 2, 5)
a = nn.Upsample(scale_factor=1.7, mode="linear")(x)
b = nn.Upsample(scale_factor=2, mode="linear", align_corners=True)(x)
c = nn.Upsample(scale_factor=2.5, mode="nearest")(x)
