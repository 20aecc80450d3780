# api: torch.nn.BCELoss
import torch
import torch.nn as nn
p = torch.sigmoid(torch.cos(torch.arange(6.)).reshape(3, 2))
y = torch.tensor([[1.0, 0.0], [0.0, 0.0], [1.0, 1.0]])
loss = nn.BCELoss(weight=torch.tensor([[2.0], [1.0], [0.5]]))(p, y)
