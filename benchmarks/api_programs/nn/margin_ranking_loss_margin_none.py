# api: torch.nn.MarginRankingLoss
import torch
import torch.nn as nn
a = torch.tensor([0.5, -1.0, 2.0, 0.0])
b = torch.tensor([1.0, -2.0, 2.5, 0.1])
y = torch.tensor([1.0, -1.0, 1.0, -1.0])
none = nn.MarginRankingLoss(margin=0.3, reduction="none")(a, b, y)
total = nn.MarginRankingLoss(margin=0.3, reduction="sum")(a, b, y)
