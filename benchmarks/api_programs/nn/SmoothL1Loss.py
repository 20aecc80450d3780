# api: torch.nn.SmoothL1Loss
import torch
import torch.nn as nn
loss = nn.SmoothL1Loss(beta=0.5)(torch.tensor([0.0, 1.0, 3.0]), torch.tensor([0.2, 0.0, 0.0]))
