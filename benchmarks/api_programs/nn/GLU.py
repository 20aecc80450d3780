# api: torch.nn.GLU
import torch
import torch.nn as nn
x = torch.tensor([[1.0, -2.0, 0.5, 0.0], [3.0, 1.0, -1.0, 2.0]])
y = nn.GLU()(x)
glu0 = nn.GLU(dim=0)
y0 = glu0(x)
