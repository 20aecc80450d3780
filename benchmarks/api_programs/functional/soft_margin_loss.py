# api: torch.nn.functional.soft_margin_loss
import torch
import torch.nn.functional as F
scores = torch.tensor([0.5, -1.0, 2.0, -0.3])
labels = torch.tensor([1.0, -1.0, -1.0, 1.0])
loss = F.soft_margin_loss(scores, labels)
loss_none = F.soft_margin_loss(scores, labels, reduction='none')
