# api: torch.nn.Softshrink
import torch
import torch.nn as nn
x = torch.tensor([-1.0, -0.3, 0.0, 0.2, 0.9])
y = nn.Softshrink()(x)
shrink = nn.Softshrink(lambd=0.25)
y_lambda = shrink(x)
