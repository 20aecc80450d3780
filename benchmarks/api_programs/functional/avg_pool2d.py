# api: torch.nn.functional.avg_pool2d
import torch
import torch.nn.functional as F
y = F.avg_pool2d(torch.arange(16.).reshape(1, 1, 4, 4), 4)
z = F.avg_pool2d(torch.arange(16.).reshape(1, 1, 4, 4), 3, stride=1, padding=1)
