# api: torch.nn.Conv1d
import torch
import torch.nn as nn
conv = nn.Conv1d(2, 1, 2, dilation=2, bias=False)
nn.init.constant_(conv.weight, 1.0)
y = conv(torch.arange(12.).reshape(1, 2, 6))
