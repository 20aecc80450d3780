# api: torch.nn.functional.interpolate
import torch
import torch.nn.functional as F
x = torch.arange(12.).reshape(1, 1, 3, 4)
ne = F.interpolate(x, size=(5, 7), mode="nearest")
ne_exact = F.interpolate(x, scale_factor=2, mode="nearest-exact")
bil = F.interpolate(x, scale_factor=1.5, mode="bilinear", align_corners=False)
bic = F.interpolate(x, size=(6, 8), mode="bicubic", align_corners=True)
ar = F.interpolate(x, size=(2, 2), mode="area")
lin = F.interpolate(torch.arange(5.).reshape(1, 1, 5), size=8, mode="linear")
tri = F.interpolate(torch.arange(8.).reshape(1, 1, 2, 2, 2), scale_factor=2, mode="trilinear")
