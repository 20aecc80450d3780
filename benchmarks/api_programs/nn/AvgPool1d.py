# api: torch.nn.AvgPool1d
import torch
import torch.nn as nn
pool = nn.AvgPool1d(kernel_size=3, stride=2)
x = torch.arange(14.).reshape(1, 2, 7)
y = pool(x)
