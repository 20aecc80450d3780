# api: torch.margin_ranking_loss
import torch
a = torch.tensor([0.2, 0.9, 0.4])
b = torch.tensor([0.5, 0.1, 0.4])
y = torch.tensor([1.0, 1.0, -1.0])
each = torch.margin_ranking_loss(a, b, y, 0.1, 0)
mean = torch.margin_ranking_loss(a, b, y, margin=0.1, reduction=1)
