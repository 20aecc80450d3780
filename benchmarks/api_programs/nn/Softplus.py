# api: torch.nn.Softplus
import torch
import torch.nn as nn
sp = nn.Softplus(beta=2, threshold=5)
y = sp(torch.tensor([-1.0, 0.0, 3.0, 10.0]))
