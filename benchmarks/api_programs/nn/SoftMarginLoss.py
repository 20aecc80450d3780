# api: torch.nn.SoftMarginLoss
import torch
import torch.nn as nn
scores = torch.tensor([[0.3, -0.8], [1.5, 0.0]])
labels = torch.tensor([[1.0, -1.0], [-1.0, 1.0]])
criterion = nn.SoftMarginLoss()
loss = criterion(scores, labels)
loss_sum = nn.SoftMarginLoss(reduction='sum')(scores, labels)
