# api: torch.nn.MultiLabelSoftMarginLoss
import torch
import torch.nn as nn
scores = torch.tensor([[1.2, -0.4, 0.0, 2.0], [-1.0, 0.3, 0.8, -2.0]])
labels = torch.tensor([[1, 0, 0, 1], [0, 1, 1, 0]], dtype=torch.float32)
criterion = nn.MultiLabelSoftMarginLoss()
loss = criterion(scores, labels)
weighted = nn.MultiLabelSoftMarginLoss(weight=torch.tensor([1.0, 2.0, 1.0, 0.5]), reduction='sum')
loss_weighted = weighted(scores, labels)
