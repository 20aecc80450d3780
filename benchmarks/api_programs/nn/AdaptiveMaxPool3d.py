# api: torch.nn.AdaptiveMaxPool3d
import torch
import torch.nn as nn
pool = nn.AdaptiveMaxPool3d(1)
y = pool(torch.arange(27.).reshape(1, 1, 3, 3, 3))
