# api: torch.nn.MaxUnpool2d
import torch
import torch.nn as nn
pool = nn.MaxPool2d(2, stride=2, return_indices=True)
unpool = nn.MaxUnpool2d(2, stride=2)
x = torch.arange(16.).reshape(1, 1, 4, 4)
out, idx = pool(x)
back = unpool(out, idx)
