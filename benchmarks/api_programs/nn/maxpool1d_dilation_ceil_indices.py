# api: torch.nn.MaxPool1d
import torch
import torch.nn as nn
x = torch.cos(torch.arange(10.)).reshape(1, 1, 10)
y, idx = nn.MaxPool1d(3, stride=2, dilation=2, ceil_mode=True, return_indices=True)(x)
