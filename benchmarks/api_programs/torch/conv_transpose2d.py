# api: torch.conv_transpose2d
import torch
x = torch.arange(8.).reshape(1, 2, 2, 2)
weight = torch.arange(16.).reshape(2, 1, 2, 4) / 10
y = torch.conv_transpose2d(x, weight)
y_stride = torch.conv_transpose2d(x, weight, bias=torch.tensor([1.0]), stride=2)
y_outpad = torch.conv_transpose2d(x, weight, stride=2, padding=1, output_padding=1)
