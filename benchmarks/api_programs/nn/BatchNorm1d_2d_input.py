# api: torch.nn.BatchNorm1d
import torch
import torch.nn as nn
bn = nn.BatchNorm1d(4, affine=False)
x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [2.0, 0.0, 1.0, 8.0], [0.0, 1.0, 5.0, 2.0]])
y = bn(x)
rm = bn.running_mean
