# api: torch.nn.functional.interpolate
import torch
import torch.nn.functional as F
x = torch.arange(25.).reshape(1, 1, 5, 5)
a = F.interpolate(x, size=(3, 4), mode="nearest-exact")
b = F.interpolate(x, size=(2, 3), mode="area")
c = F.interpolate(x, scale_factor=0.6, mode="nearest")
