# api: torch.nn.InstanceNorm3d
import torch
import torch.nn as nn
norm = nn.InstanceNorm3d(2, eps=1e-3)
volume = torch.arange(32.).reshape(1, 2, 2, 2, 4) ** 1.5
y = norm(volume)
