# api: torch.nn.init.uniform
import torch
import torch.nn as nn
w = torch.empty(5, 6)
nn.init.uniform(w, a=-0.1, b=0.1)
shape = w.shape
in_bounds = bool(((w >= -0.1) & (w <= 0.1)).all())
results = {"shape": shape, "in_bounds": in_bounds}
