# api: torch.nn.AdaptiveAvgPool2d
import torch
import torch.nn as nn
x = torch.arange(6.).reshape(1, 1, 2, 3)
up = nn.AdaptiveAvgPool2d((4, 5))(x)
upmax = nn.AdaptiveMaxPool2d((3, 4))(x)
one = nn.AdaptiveAvgPool1d(5)(torch.arange(3.).reshape(1, 1, 3))
osz = nn.AdaptiveAvgPool2d((4, 5)).output_size
