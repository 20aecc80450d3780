# api: torch.nn.functional.margin_ranking_loss
import torch
import torch.nn.functional as F
a = torch.tensor([1.0, 2.0, 0.5])
b = torch.tensor([0.5, 2.5, 0.5])
y = torch.tensor([1.0, -1.0, 1.0])
mr = F.margin_ranking_loss(a, b, y, margin=0.3, reduction="none")
he = F.hinge_embedding_loss(a, y, margin=1.5)
sm = F.soft_margin_loss(a, y, reduction="sum")
