# api: torch.nn.SiLU
import torch
import torch.nn as nn
act = nn.SiLU()
x = torch.linspace(-3.0, 3.0, 7)
y = act(x)
