# api: torch.nn.Softmin
import torch
import torch.nn as nn
y = nn.Softmin(dim=1)(torch.tensor([[1.0, 2.0, 3.0]]))
