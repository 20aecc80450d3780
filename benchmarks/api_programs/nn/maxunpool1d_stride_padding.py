# api: torch.nn.MaxUnpool1d
import torch
import torch.nn as nn
x = torch.cos(torch.arange(9.)).reshape(1, 1, 9)
y, idx = nn.MaxPool1d(3, stride=2, padding=1, return_indices=True)(x)
back = nn.MaxUnpool1d(3, stride=2, padding=1)(y, idx, output_size=[9])
