# api: torch.nn.Mish
import torch
import torch.nn as nn
act = nn.Mish()
x = torch.tensor([-3.0, -1.0, 0.0, 0.5, 2.0])
y = act(x)
