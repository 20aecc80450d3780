# api: torch.nn.ConstantPad3d
import torch
import torch.nn as nn
pad = nn.ConstantPad3d(1, 3.5)
y = pad(torch.ones(1, 1, 1, 2, 2))
