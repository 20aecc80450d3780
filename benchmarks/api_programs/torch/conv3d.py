# api: torch.conv3d
import torch
x = torch.arange(27.).reshape(1, 1, 3, 3, 3)
weight = torch.ones(2, 1, 2, 2, 2) / 8
bias = torch.tensor([0.0, 1.0])
y = torch.conv3d(x, weight, bias)
y_pad = torch.conv3d(x, weight, padding=1, stride=2)
