# api: torch.nn.SoftMarginLoss
import torch
import torch.nn as nn
x = torch.tensor([[0.3, -1.5], [2.5, -0.5]])
y = torch.tensor([[1.0, -1.0], [-1.0, 1.0]])
none = nn.SoftMarginLoss(reduction="none")(x, y)
s = nn.SoftMarginLoss(reduction="sum")(x, y)
