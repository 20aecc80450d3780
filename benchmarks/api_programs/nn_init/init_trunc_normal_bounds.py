# api: torch.nn.init.trunc_normal_
import torch
import torch.nn as nn
_w = torch.empty(100, 100)
nn.init.trunc_normal_(_w, mean=0.0, std=1.0, a=-0.5, b=0.5)
inside = bool(_w.min() >= -0.5) and bool(_w.max() <= 0.5)
_vit = torch.empty(50, 40)
nn.init.trunc_normal_(_vit, std=0.02)
small = bool(_vit.abs().max() <= 2.0)
std_ok = abs(_vit.std().item() - 0.02) < 0.003
