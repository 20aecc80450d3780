# api: torch.nn.SELU
import torch
import torch.nn as nn
act = nn.SELU()
x = torch.tensor([[-2.0, -0.1], [0.0, 1.5]])
y = act(x)
