# api: torch.nn.AdaptiveMaxPool1d
import torch
import torch.nn as nn
x = torch.sin(torch.arange(14.)).reshape(1, 2, 7)
y, idx = nn.AdaptiveMaxPool1d(3, return_indices=True)(x)
