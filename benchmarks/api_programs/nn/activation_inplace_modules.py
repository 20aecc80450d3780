# api: torch.nn.ReLU
import torch
import torch.nn as nn
x = torch.linspace(-2, 2, 5)
y = x.clone()
r = nn.ReLU(inplace=True)(y)
inplace_changed = y
z = x.clone()
nn.LeakyReLU(0.1, inplace=True)(z)
leaky_inplace = z
w = x.clone()
nn.Hardtanh(-1, 1, inplace=True)(w)
clipped = w
