# api: torch.nn.AdaptiveAvgPool2d
import torch
import torch.nn as nn
pool = nn.AdaptiveAvgPool2d((2, 3))
y = pool(torch.arange(50.).reshape(1, 2, 5, 5))
