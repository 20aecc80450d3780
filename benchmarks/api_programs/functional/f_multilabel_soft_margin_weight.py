# api: torch.nn.functional.multilabel_soft_margin_loss
import torch
import torch.nn.functional as F
x = torch.tensor([[0.5, -1.0, 2.0], [1.0, 0.0, -0.5]])
y = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
a = F.multilabel_soft_margin_loss(x, y)
b = F.multilabel_soft_margin_loss(x, y, weight=torch.tensor([1.0, 2.0, 0.5]), reduction="none")
