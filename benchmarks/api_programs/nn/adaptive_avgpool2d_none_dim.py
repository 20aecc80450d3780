# api: torch.nn.AdaptiveAvgPool2d
import torch
import torch.nn as nn
x = torch.arange(30.).reshape(1, 1, 5, 6)
y = nn.AdaptiveAvgPool2d((None, 4))(x)
z = nn.AdaptiveAvgPool2d((2, None))(x)
