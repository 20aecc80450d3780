# api: torch.nn.init.kaiming_uniform
import torch
import torch.nn as nn
w = torch.empty(32, 24)
nn.init.kaiming_uniform(w, mode='fan_in', nonlinearity='relu')
bound = (6 / 24) ** 0.5
shape = w.shape
in_bounds = bool((w.abs() <= bound).all())
results = {"shape": shape, "in_bounds": in_bounds}
