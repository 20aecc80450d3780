# api: torch.nn.ELU
import torch
import torch.nn as nn
x = torch.tensor([-2.0, -0.5, 0.0, 1.0])
y = nn.ELU()(x)
act = nn.ELU(alpha=0.3)
y_alpha = act(x)
