# api: torch.nn.MultiLabelSoftMarginLoss
import torch
import torch.nn as nn
x = torch.sin(torch.arange(8.)).reshape(2, 4)
y = torch.tensor([[1.0, 0.0, 1.0, 0.0], [0.0, 0.0, 1.0, 1.0]])
none = nn.MultiLabelSoftMarginLoss(weight=torch.tensor([1.0, 2.0, 0.5, 1.0]), reduction="none")(x, y)
s = nn.MultiLabelSoftMarginLoss(reduction="sum")(x, y)
