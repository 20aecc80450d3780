# api: torch.nn.ReLU6
import torch
import torch.nn as nn
act = nn.ReLU6()
x = torch.tensor([-1.0, 3.0, 6.0, 7.5])
y = act(x)
