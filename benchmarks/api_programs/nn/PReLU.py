# api: torch.nn.PReLU
import torch
import torch.nn as nn
act = nn.PReLU()
y = act(torch.tensor([-2.0, -1.0, 0.0, 3.0]))
