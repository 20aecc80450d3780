# api: torch.nn.RMSNorm
import torch
import torch.nn as nn
norm = nn.RMSNorm(4)
x = torch.tensor([[1.0, -2.0, 3.0, 0.5], [0.0, 1.0, 1.0, 2.0]])
y = norm(x)
norm2d = nn.RMSNorm([2, 4], eps=1e-6, elementwise_affine=False)
y2d = norm2d(x.reshape(1, 2, 4))
