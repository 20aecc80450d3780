# api: torch.nn.GLU
import torch
import torch.nn as nn
x = torch.arange(12.).reshape(2, 6) / 4 - 1
glu_last = nn.GLU()(x)
glu0 = nn.GLU(dim=0)(x)
hs = nn.Hardshrink(lambd=0.75)(x)
ss = nn.Softshrink(lambd=0.25)(x)
