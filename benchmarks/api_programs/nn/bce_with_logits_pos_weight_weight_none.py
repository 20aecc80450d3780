# api: torch.nn.BCEWithLogitsLoss
import torch
import torch.nn as nn
x = torch.sin(torch.arange(6.)).reshape(2, 3)
y = torch.tensor([[1.0, 0.0, 0.5], [0.0, 1.0, 1.0]])
crit = nn.BCEWithLogitsLoss(weight=torch.tensor([1.0, 2.0, 0.5]), pos_weight=torch.tensor([3.0, 1.0, 0.2]), reduction="none")
none = crit(x, y)
s = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0, 2.0, 2.0]), reduction="sum")(x, y)
