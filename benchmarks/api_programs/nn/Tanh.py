# api: torch.nn.Tanh
import torch
import torch.nn as nn
act = nn.Tanh()
x = torch.tensor([[-2.0, -0.5], [0.0, 1.0]])
y = act(x)
