# api: torch.nn.Unflatten
import torch
import torch.nn as nn
u = nn.Unflatten(1, (2, 3))
y = u(torch.arange(12.).reshape(2, 6))
