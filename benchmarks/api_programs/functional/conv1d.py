# api: torch.nn.functional.conv1d
import torch
import torch.nn.functional as F
signal = torch.arange(16.).reshape(1, 2, 8)
weight = torch.arange(12.).reshape(2, 2, 3) / 10
bias = torch.tensor([0.5, -0.5])
out = F.conv1d(signal, weight, bias)
out_strided = F.conv1d(signal, weight, stride=2, padding=1)
out_dilated = F.conv1d(signal, weight, dilation=2)
