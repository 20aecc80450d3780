# api: torch.nn.init.xavier_uniform
import torch
import torch.nn as nn
w = torch.empty(30, 20)
nn.init.xavier_uniform(w, gain=1.0)
bound = (6 / 50) ** 0.5
shape = w.shape
in_bounds = bool((w.abs() <= bound).all())
results = {"shape": shape, "in_bounds": in_bounds}
