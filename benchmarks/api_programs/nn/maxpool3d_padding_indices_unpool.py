# api: torch.nn.MaxUnpool3d
import torch
import torch.nn as nn
x = torch.sin(torch.arange(64.)).reshape(1, 1, 4, 4, 4)
y, idx = nn.MaxPool3d(2, return_indices=True)(x)
back = nn.MaxUnpool3d(2)(y, idx)
