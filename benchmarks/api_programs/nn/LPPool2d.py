# api: torch.nn.LPPool2d
import torch
import torch.nn as nn
pool = nn.LPPool2d(2, 2)
y = pool(torch.arange(16.).reshape(1, 1, 4, 4))
