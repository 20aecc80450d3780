# api: torch.nn.functional.multilabel_margin_loss
import torch
import torch.nn.functional as F
x = torch.tensor([[0.1, 0.2, 0.4, 0.8], [0.3, -0.2, 0.9, 0.0]])
y = torch.tensor([[3, 0, -1, 1], [2, -1, 0, 0]])
loss = F.multilabel_margin_loss(x, y)
each = F.multilabel_margin_loss(x, y, reduction='none')
