# api: torch.nn.init.trunc_normal_
import torch
import torch.nn as nn
w = torch.empty(20, 30)
nn.init.trunc_normal_(w, mean=0.0, std=1.0, a=-0.5, b=0.5)
shape = w.shape
in_bounds = bool(((w >= -0.5) & (w <= 0.5)).all())
v = torch.empty(100)
nn.init.trunc_normal_(v, std=0.02)
v_in_bounds = bool((v.abs() <= 2.0).all())
results = {"shape": shape, "in_bounds": in_bounds, "v_in_bounds": v_in_bounds}
