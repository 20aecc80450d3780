# api: torch.nn.MSELoss
import torch
import torch.nn as nn
loss = nn.MSELoss(reduction='none')(torch.tensor([1.0, 2.0]), torch.tensor([0.0, 4.0]))
mean = nn.MSELoss()(torch.tensor([1.0, 2.0]), torch.tensor([0.0, 4.0]))
