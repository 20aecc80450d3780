# api: torch.nn.GaussianNLLLoss
import torch
import torch.nn as nn
criterion = nn.GaussianNLLLoss()
pred = torch.tensor([[0.5, 1.0, 2.0], [1.0, -1.0, 0.0]])
target = torch.tensor([[0.0, 1.5, 2.0], [1.0, 0.0, 0.5]])
var = torch.tensor([[1.0], [0.5]])
loss = criterion(pred, target, var)
loss_none = nn.GaussianNLLLoss(eps=1e-3, reduction='none')(pred, target, torch.full((2, 3), 0.25))
