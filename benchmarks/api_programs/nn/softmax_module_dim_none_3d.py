# api: torch.nn.Softmax
import torch
import torch.nn as nn
x = torch.sin(torch.arange(24.)).reshape(2, 3, 4)
a = nn.Softmax(dim=None)(x)
b = nn.LogSoftmax()(torch.sin(torch.arange(6.)).reshape(2, 3))
