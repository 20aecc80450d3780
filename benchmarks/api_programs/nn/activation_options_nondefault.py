# api: torch.nn.Hardtanh
import torch
import torch.nn as nn
x = torch.linspace(-4, 4, 9)
ht = nn.Hardtanh(min_val=-2.0, max_val=0.5)(x)
elu = nn.ELU(alpha=0.3)(x)
celu = nn.CELU(alpha=2.0)(x)
sp = nn.Softplus(beta=2.0, threshold=3.0)(x)
th = nn.Threshold(0.5, -9.0)(x)
lr = nn.LeakyReLU(negative_slope=0.3)(x)
rr = nn.RReLU(0.1, 0.3).eval()(x)
gelu = nn.GELU(approximate="tanh")(x)
ss = nn.Softshrink(lambd=1.5)(x)
hs = nn.Hardshrink(lambd=2.0)(x)
