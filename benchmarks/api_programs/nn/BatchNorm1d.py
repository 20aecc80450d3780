# api: torch.nn.BatchNorm1d
import torch
from torch import nn
bn = nn.BatchNorm1d(3)
x = torch.tensor([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0], [0.0, 0.0, 6.0]])
y = bn(x)
running = bn.running_mean
