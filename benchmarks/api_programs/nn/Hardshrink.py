# api: torch.nn.Hardshrink
import torch
import torch.nn as nn
x = torch.tensor([-1.0, -0.4, 0.0, 0.3, 0.6, 2.0])
y = nn.Hardshrink()(x)
y_lambda = nn.Hardshrink(lambd=0.35)(x)
