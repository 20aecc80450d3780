# api: torch.nn.AdaptiveAvgPool2d
import torch
import torch.nn as nn
x = torch.arange(200.).reshape(1, 2, 10, 10) ** 0.5
out = nn.AdaptiveAvgPool2d((7, 7))(x)
rect = nn.AdaptiveAvgPool2d((3, None))(torch.arange(40.).reshape(1, 1, 5, 8))
