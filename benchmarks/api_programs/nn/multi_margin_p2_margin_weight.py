# api: torch.nn.MultiMarginLoss
import torch
import torch.nn as nn
x = torch.sin(torch.arange(12.)).reshape(3, 4)
y = torch.tensor([3, 0, 1])
p2 = nn.MultiMarginLoss(p=2, margin=0.5, reduction="none")(x, y)
w = nn.MultiMarginLoss(margin=1.5, weight=torch.tensor([1.0, 0.5, 2.0, 1.0]))(x, y)
