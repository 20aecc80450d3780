# api: torch.nn.AdaptiveAvgPool1d
import torch
import torch.nn as nn
x = torch.tensor([[[1.0, 2.0, 4.0, 8.0, 16.0]]])
out = nn.AdaptiveAvgPool1d(3)(x)
up = nn.AdaptiveAvgPool1d(7)(x)
