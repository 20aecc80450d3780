# api: torch.nn.LocalResponseNorm
import torch
import torch.nn as nn
lrn = nn.LocalResponseNorm(2)
x = torch.arange(24.).reshape(1, 6, 2, 2) / 6
y = lrn(x)
y_custom = nn.LocalResponseNorm(size=3, alpha=0.1, beta=0.5, k=2.0)(x)
