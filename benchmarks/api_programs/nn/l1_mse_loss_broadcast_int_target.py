# api: torch.nn.MSELoss
import torch
import torch.nn as nn
x = torch.tensor([[0.5, 1.5], [2.0, -1.0]])
y = torch.tensor([[1.0, 1.0], [2.0, 0.0]], dtype=torch.float64)
mse = nn.MSELoss(reduction="none")(x, y)
l1 = nn.L1Loss(reduction="sum")(x, y)
