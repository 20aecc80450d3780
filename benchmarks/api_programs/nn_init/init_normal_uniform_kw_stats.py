# api: torch.nn.init.normal_
import torch
import torch.nn as nn
_w = torch.empty(400, 500)
nn.init.normal_(_w, mean=2.0, std=0.5)
mean_ok = abs(_w.mean().item() - 2.0) < 0.01
std_ok = abs(_w.std().item() - 0.5) < 0.01
_u = torch.empty(1000)
nn.init.uniform_(_u, a=-3.0, b=-1.0)
in_range = bool((_u >= -3.0).all() and (_u <= -1.0).all())
dtype = _u.dtype
