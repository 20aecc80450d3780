# api: torch.nn.CircularPad2d
import torch
import torch.nn as nn
pad = nn.CircularPad2d(1)
y = pad(torch.arange(4.).reshape(1, 1, 2, 2))
