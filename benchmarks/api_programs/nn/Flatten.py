# api: torch.nn.Flatten
import torch
import torch.nn as nn
f = nn.Flatten(0, 1)
y = f(torch.zeros(2, 3, 4))
results = {"shape": y.shape}
