# api: torch.nn.AvgPool2d
import torch
import torch.nn as nn
pool = nn.AvgPool2d(2, ceil_mode=True, count_include_pad=False)
y = pool(torch.arange(25.).reshape(1, 1, 5, 5))
