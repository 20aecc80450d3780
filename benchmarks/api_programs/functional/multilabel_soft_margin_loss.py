# api: torch.nn.functional.multilabel_soft_margin_loss
import torch
import torch.nn.functional as F
scores = torch.tensor([[0.8, -1.2, 0.3], [-0.5, 2.0, 0.1]])
labels = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
loss = F.multilabel_soft_margin_loss(scores, labels)
per_sample = F.multilabel_soft_margin_loss(scores, labels, reduction='none')
