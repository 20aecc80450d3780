# api: torch.nn.functional.triplet_margin_loss
import torch
import torch.nn.functional as F
anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
positive = torch.tensor([[0.5, 0.0], [1.0, 2.0]])
negative = torch.tensor([[1.0, 0.0], [3.0, 1.0]])
loss = F.triplet_margin_loss(anchor, positive, negative)
loss_swap = F.triplet_margin_loss(anchor, positive, negative, margin=2.0, p=1, swap=True, reduction='none')
