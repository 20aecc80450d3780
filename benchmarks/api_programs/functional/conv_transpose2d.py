# api: torch.nn.functional.conv_transpose2d
import torch
import torch.nn.functional as F
x = torch.arange(8.).reshape(1, 2, 2, 2)
weight = torch.arange(36.).reshape(2, 2, 3, 3) / 10
up = F.conv_transpose2d(x, weight, stride=2)
same = F.conv_transpose2d(x, weight, padding=1)
