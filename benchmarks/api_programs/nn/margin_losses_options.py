# api: torch.nn.MultiMarginLoss
import torch
import torch.nn as nn
x = torch.tensor([[0.1, 0.2, 0.4, 0.8], [0.5, -0.5, 0.0, 1.0]])
y = torch.tensor([3, 0])
p2 = nn.MultiMarginLoss(p=2, margin=0.5)(x, y)
weighted = nn.MultiMarginLoss(weight=torch.tensor([1.0, 2.0, 3.0, 4.0]), reduction="none")(x, y)
