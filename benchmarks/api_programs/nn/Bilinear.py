# api: torch.nn.Bilinear
import torch
import torch.nn as nn
bl = nn.Bilinear(2, 3, 1)
nn.init.ones_(bl.weight)
nn.init.zeros_(bl.bias)
y = bl(torch.tensor([[1.0, 2.0]]), torch.tensor([[1.0, 0.0, -1.0]]))
