# api: torch.nn.init.kaiming_normal
import torch
import torch.nn as nn
w = torch.empty(64, 50)
nn.init.kaiming_normal(w)
shape = w.shape
dtype = w.dtype
std_ok = bool(abs(w.std().item() - (2 / 50) ** 0.5) < 0.02)
results = {"shape": shape, "dtype": dtype, "std_ok": std_ok}
