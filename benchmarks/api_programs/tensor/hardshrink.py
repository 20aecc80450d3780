# api: torch.Tensor.hardshrink
import torch
x = torch.tensor([-1.0, -0.5, -0.3, 0.0, 0.4, 0.6, 2.0])
y = x.hardshrink()
y_small = x.hardshrink(0.3)
y_big = x.hardshrink(lambd=1.0)
