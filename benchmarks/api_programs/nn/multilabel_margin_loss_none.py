# api: torch.nn.MultiLabelMarginLoss
import torch
import torch.nn as nn
x = torch.tensor([[0.1, 0.2, 0.4, 0.8], [0.5, -0.2, 0.3, 0.0]])
y = torch.tensor([[3, 0, -1, 1], [1, 2, 3, -1]])
none = nn.MultiLabelMarginLoss(reduction="none")(x, y)
