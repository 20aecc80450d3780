# api: torch.nn.AvgPool3d
import torch
import torch.nn as nn
pool = nn.AvgPool3d(kernel_size=2, stride=2)
volume = torch.arange(64.).reshape(1, 1, 4, 4, 4)
pooled = pool(volume)
pool_rect = nn.AvgPool3d((1, 2, 2), stride=(1, 1, 2), padding=(0, 1, 0))
pooled_rect = pool_rect(volume)
