# api: torch.nn.InstanceNorm2d
import torch
import torch.nn as nn
norm = nn.InstanceNorm2d(2)
y = norm(torch.arange(18.).reshape(1, 2, 3, 3) ** 2)
