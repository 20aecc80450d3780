# api: torch.nn.HuberLoss
import torch
import torch.nn as nn
x = torch.tensor([0.0, 0.5, 2.0, -3.0])
y = torch.tensor([0.1, -0.5, 0.0, 0.0])
none = nn.HuberLoss(reduction="none", delta=0.7)(x, y)
s = nn.HuberLoss(reduction="sum", delta=2.5)(x, y)
