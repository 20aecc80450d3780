# api: torch.nn.ReLU
import torch
import torch.nn as nn
x = torch.tensor([-1., 2., -3., 4.])
act = nn.ReLU(inplace=True)
act(x[1:])
