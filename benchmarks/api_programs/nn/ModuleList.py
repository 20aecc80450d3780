# api: torch.nn.ModuleList
import torch
import torch.nn as nn
layers = nn.ModuleList([nn.ReLU(), nn.Tanh()])
x = torch.tensor([-1.0, 1.0])
for layer in layers:
    x = layer(x)
count = len(layers)
