# api: torch.nn.GaussianNLLLoss
import torch
import torch.nn as nn
mu = torch.tensor([[0.0, 1.0], [2.0, -1.0], [0.5, 0.5]])
y = torch.tensor([[0.2, 0.8], [1.0, -1.5], [0.0, 1.0]])
var = torch.tensor([[0.5], [1.0], [2.0]])
full = nn.GaussianNLLLoss(full=True, reduction="none")(mu, y, var)
clamp = nn.GaussianNLLLoss(eps=0.3, reduction="sum")(mu, y, torch.full((3, 2), 0.1))
