# api: torch.nn.AdaptiveMaxPool2d
import torch
import torch.nn as nn
image = (torch.arange(30.).reshape(1, 1, 5, 6) * 7) % 10
pool = nn.AdaptiveMaxPool2d((2, 3))
pooled = pool(image)
global_max = nn.AdaptiveMaxPool2d(1)(image)
