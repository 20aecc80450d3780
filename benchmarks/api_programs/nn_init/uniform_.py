# api: torch.nn.init.uniform_
import torch
import torch.nn as nn
w = torch.empty(4, 5)
nn.init.uniform_(w)
shape = w.shape
in_unit = bool(((w >= 0) & (w < 1)).all())
lin = nn.Linear(3, 2)
nn.init.uniform_(lin.bias, -0.5, 0.5)
bias_in_bounds = bool((lin.bias.abs() <= 0.5).all())
results = {"shape": shape, "in_unit": in_unit, "bias_in_bounds": bias_in_bounds}
