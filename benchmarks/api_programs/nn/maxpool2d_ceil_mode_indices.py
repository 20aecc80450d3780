# api: torch.nn.MaxPool2d
import torch
import torch.nn as nn
pool = nn.MaxPool2d(kernel_size=2, stride=2, ceil_mode=True, return_indices=True)
x = torch.arange(25.).reshape(1, 1, 5, 5)
out, idx = pool(x)
unpool = nn.MaxUnpool2d(2, stride=2)
restored = unpool(out, idx, output_size=x.shape)
