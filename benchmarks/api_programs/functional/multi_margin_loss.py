# api: torch.nn.functional.multi_margin_loss
import torch
import torch.nn.functional as F
scores = torch.tensor([[0.1, 0.2, 0.4, 0.8], [0.9, -0.3, 0.2, 0.1], [0.0, 0.5, 0.5, 0.2]])
labels = torch.tensor([3, 0, 1])
loss = F.multi_margin_loss(scores, labels)
per_sample = F.multi_margin_loss(scores, labels, p=2, margin=0.5, weight=torch.tensor([1.0, 2.0, 0.5, 1.0]),
                                 reduction='none')
