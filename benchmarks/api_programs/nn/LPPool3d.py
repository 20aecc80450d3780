# api: torch.nn.LPPool3d
import torch
import torch.nn as nn
pool = nn.LPPool3d(norm_type=1, kernel_size=(1, 2, 2))
volume = torch.arange(32.).reshape(1, 2, 2, 2, 4) / 8
pooled = pool(volume)
