# api: torch.nn.GroupNorm
import torch
import torch.nn as nn
gn = nn.GroupNorm(2, 4)
x = torch.arange(32.).reshape(2, 4, 2, 2)
y = gn(x)
