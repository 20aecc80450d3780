# api: torch.nn.functional.interpolate
import torch
import torch.nn.functional as F
x = torch.arange(16.).view(1, 1, 4, 4)
up = F.interpolate(x, scale_factor=2)
down = F.interpolate(x, size=(2, 3), mode="nearest")
