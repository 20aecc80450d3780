# api: torch.nn.Linear
import torch
import torch.nn as nn
lin = nn.Linear(3, 2)
nn.init.constant_(lin.weight, 0.5)
nn.init.zeros_(lin.bias)
y = lin(torch.tensor([[1.0, 2.0, 3.0]]))
