# api: torch.nn.Hardsigmoid
import torch
import torch.nn as nn
y = nn.Hardsigmoid()(torch.tensor([-4.0, 0.0, 1.0, 4.0]))
