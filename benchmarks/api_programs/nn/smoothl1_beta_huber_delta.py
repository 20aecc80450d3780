# api: torch.nn.SmoothL1Loss
import torch
import torch.nn as nn
a = torch.tensor([0.0, 0.5, 2.0, -3.0])
b = torch.tensor([0.2, 0.0, 0.0, 0.0])
s = nn.SmoothL1Loss(beta=0.5)(a, b)
s_none = nn.SmoothL1Loss(reduction="none", beta=2.0)(a, b)
h = nn.HuberLoss(delta=0.4, reduction="sum")(a, b)
h_none = nn.HuberLoss(reduction="none")(a, b)
