# api: torch.bilinear
import torch
x1 = torch.arange(4.).reshape(2, 2)
x2 = torch.arange(6.).reshape(2, 3)
weight = torch.arange(12.).reshape(2, 2, 3) / 10
bias = torch.tensor([0.5, -0.5])
y = torch.bilinear(x1, x2, weight, bias)
y_nobias = torch.bilinear(x1, x2, weight, None)
