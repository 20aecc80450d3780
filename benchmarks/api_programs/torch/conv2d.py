# api: torch.conv2d
import torch
x = torch.arange(32.).reshape(1, 2, 4, 4)
weight = torch.arange(36.).reshape(2, 2, 3, 3) / 10
bias = torch.tensor([0.5, -0.5])
y = torch.conv2d(x, weight, bias, stride=1, padding=1)
y_strided = torch.conv2d(x, weight, stride=2)
y_positional = torch.conv2d(x, weight, None, 1, 0, 1, 1)
