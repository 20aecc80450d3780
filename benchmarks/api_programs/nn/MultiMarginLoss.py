# api: torch.nn.MultiMarginLoss
import torch
import torch.nn as nn
scores = torch.tensor([[0.1, 0.2, 0.4, 0.8], [0.9, 0.1, 0.3, 0.0]])
classes = torch.tensor([3, 0])
loss = nn.MultiMarginLoss()(scores, classes)
squared = nn.MultiMarginLoss(p=2, margin=0.5, reduction='none')
loss_squared = squared(scores, classes)
