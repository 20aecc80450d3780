# api: torch.nn.Hardswish
import torch
import torch.nn as nn
act = nn.Hardswish()
x = torch.tensor([[-4.0, -2.0, -0.5], [0.0, 1.0, 4.0]])
y = act(x)
