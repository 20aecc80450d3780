# api: torch.nn.BCEWithLogitsLoss
import torch
import torch.nn as nn
logits = torch.tensor([[1.5, -0.5, 0.0], [-2.0, 3.0, 0.7]])
targets = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])
criterion = nn.BCEWithLogitsLoss()
loss = criterion(logits, targets)
weighted = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0, 1.0, 0.5]), reduction='sum')
loss_weighted = weighted(logits, targets)
