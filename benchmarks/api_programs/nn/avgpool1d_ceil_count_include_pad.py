# api: torch.nn.AvgPool1d
import torch
import torch.nn as nn
x = torch.arange(7.).reshape(1, 1, 7)
a = nn.AvgPool1d(3, stride=2, padding=1, ceil_mode=True)(x)
b = nn.AvgPool1d(2, stride=3)(x)
