# api: torch.nn.MaxUnpool2d
import torch
import torch.nn as nn
pool = nn.MaxPool2d(2, stride=2, return_indices=True)
unpool = nn.MaxUnpool2d(2, stride=2)
x = torch.sin(torch.arange(25.)).reshape(1, 1, 5, 5)
y, idx = pool(x)
back = unpool(y, idx, output_size=x.size())
