# api: torch.nn.HuberLoss
import torch
import torch.nn as nn
pred = torch.tensor([0.0, 2.0, -1.0, 4.0])
target = torch.tensor([0.5, 0.0, -1.2, 1.0])
loss = nn.HuberLoss()(pred, target)
criterion = nn.HuberLoss(reduction='none', delta=0.5)
loss_none = criterion(pred, target)
