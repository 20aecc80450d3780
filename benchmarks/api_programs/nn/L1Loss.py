# api: torch.nn.L1Loss
import torch
import torch.nn as nn
pred = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
target = torch.tensor([[1.5, 1.0], [3.0, 6.0]])
criterion = nn.L1Loss()
loss = criterion(pred, target)
loss_sum = nn.L1Loss(reduction='sum')(pred, target)
