# api: torch.conv_transpose1d
import torch
x = torch.arange(8.).reshape(1, 2, 4)
weight = torch.arange(12.).reshape(2, 3, 2) / 10
bias = torch.tensor([0.1, 0.2, 0.3])
y = torch.conv_transpose1d(x, weight, bias)
y_stride = torch.conv_transpose1d(x, weight, stride=2, padding=1)
