# api: torch.nn.AvgPool2d
import torch
import torch.nn as nn
x = torch.arange(16.).reshape(1, 1, 4, 4)
incl = nn.AvgPool2d(3, stride=2, padding=1)(x)
excl = nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=False)(x)
ceil = nn.AvgPool2d(3, stride=2, ceil_mode=True)(torch.arange(25.).reshape(1, 1, 5, 5))
div = nn.AvgPool2d(2, divisor_override=3)(x)
