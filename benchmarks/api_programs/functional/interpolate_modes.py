# api: torch.nn.functional.interpolate
import torch
import torch.nn.functional as F
x = torch.arange(64.).view(1, 1, 8, 8)
a = F.interpolate(x, scale_factor=0.5, mode="bilinear", align_corners=False)
b = F.interpolate(x, size=(5, 3), mode="bilinear")
c = F.interpolate(x, scale_factor=2, mode="bicubic", align_corners=False)
d = F.interpolate(x, size=[4, 4], mode="area")
e = F.interpolate(x, scale_factor=0.75, mode="nearest", recompute_scale_factor=True)
f = F.interpolate(x[:, :, 0], size=5, mode="linear", align_corners=True)
g = F.interpolate(x.unsqueeze(2).expand(1, 1, 2, 8, 8), scale_factor=(1, 0.5, 0.5), mode="trilinear")
h = F.upsample(x, scale_factor=2, mode="nearest")
i = F.interpolate(x, size=(3, 3), mode="nearest-exact")
j = F.interpolate(x.expand(2, 3, 8, 8), x.shape[-2:] * 0 + 4 if False else (4, 4))
