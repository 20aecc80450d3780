# api: torch.nn.MaxPool3d
import torch
import torch.nn as nn
x = torch.arange(125.).reshape(1, 1, 5, 5, 5)
out = nn.MaxPool3d(2, stride=2, ceil_mode=True)(x)
avg = nn.AvgPool3d(kernel_size=(1, 2, 2), stride=(1, 2, 2))(x)
