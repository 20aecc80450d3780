# api: torch.nn.AvgPool2d
import torch
import torch.nn as nn
x = torch.arange(25.).reshape(1, 1, 5, 5)
a = nn.AvgPool2d(2, divisor_override=3)(x)
b = nn.AvgPool2d(2, stride=2, ceil_mode=True)(x)
c = nn.AvgPool2d(3, stride=2, padding=1, ceil_mode=True, count_include_pad=False)(x)
