# api: torch.nn.AdaptiveMaxPool2d
import torch
import torch.nn as nn
pool = nn.AdaptiveMaxPool2d(3, return_indices=True)
x = (torch.arange(49.).reshape(1, 1, 7, 7) * 7) % 13
out, idx = pool(x)
