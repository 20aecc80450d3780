# api: torch.nn.Upsample
import torch
import torch.nn as nn
x = torch.arange(16.).reshape(1, 1, 4, 4)
near = nn.Upsample(scale_factor=2, mode="nearest")(x)
bil = nn.Upsample(scale_factor=(1.5, 2), mode="bilinear", align_corners=False)(x)
bil_ac = nn.Upsample(size=(5, 3), mode="bilinear", align_corners=True)(x)
lin1 = nn.Upsample(scale_factor=2, mode="linear")(torch.arange(4.).reshape(1, 1, 4))
