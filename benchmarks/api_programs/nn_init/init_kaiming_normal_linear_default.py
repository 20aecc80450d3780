# api: torch.nn.init.kaiming_normal_
import torch
import torch.nn as nn
layer = nn.Linear(1000, 400)
nn.init.kaiming_normal_(layer.weight)
std_ok = abs(layer.weight.std().item() - (2.0 / 1000) ** 0.5) < 0.002
mean_ok = abs(layer.weight.mean().item()) < 0.002
nn.init.kaiming_normal_(layer.weight, nonlinearity="linear")
std_linear_ok = abs(layer.weight.std().item() - (1.0 / 1000) ** 0.5) < 0.002
