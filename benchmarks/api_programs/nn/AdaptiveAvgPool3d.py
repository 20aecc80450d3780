# api: torch.nn.AdaptiveAvgPool3d
import torch
import torch.nn as nn
volume = torch.arange(60.).reshape(1, 1, 3, 4, 5)
pooled = nn.AdaptiveAvgPool3d((1, 2, 3))(volume)
global_pool = nn.AdaptiveAvgPool3d(1)
pooled_global = global_pool(volume)
