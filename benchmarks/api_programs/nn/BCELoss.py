# api: torch.nn.BCELoss
import torch
import torch.nn as nn
loss = nn.BCELoss()(torch.tensor([0.9, 0.2, 0.6]), torch.tensor([1.0, 0.0, 1.0]))
