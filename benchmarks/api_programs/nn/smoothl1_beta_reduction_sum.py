# api: torch.nn.SmoothL1Loss
import torch
import torch.nn as nn
x = torch.tensor([[0.0, 0.5], [2.0, -3.0]])
y = torch.tensor([[0.1, -0.5], [0.0, 0.0]])
s = nn.SmoothL1Loss(reduction="sum", beta=0.4)(x, y)
none = nn.SmoothL1Loss(reduction="none", beta=3.0)(x, y)
