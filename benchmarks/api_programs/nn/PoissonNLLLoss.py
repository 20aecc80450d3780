# api: torch.nn.PoissonNLLLoss
import torch
import torch.nn as nn
loss = nn.PoissonNLLLoss()(torch.tensor([0.5, 1.0, 2.0]), torch.tensor([1.0, 2.0, 0.0]))
