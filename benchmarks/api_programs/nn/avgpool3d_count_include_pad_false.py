# api: torch.nn.AvgPool3d
import torch
import torch.nn as nn
x = torch.arange(27.).reshape(1, 1, 3, 3, 3)
a = nn.AvgPool3d(2, stride=1, padding=1, count_include_pad=False)(x)
b = nn.AvgPool3d(2, stride=2, ceil_mode=True)(x)
