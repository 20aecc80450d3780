# api: torch.nn.init.normal
import torch
import torch.nn as nn
w = torch.empty(40, 50)
nn.init.normal(w, mean=1.0, std=0.1)
shape = w.shape
mean_ok = bool(abs(w.mean().item() - 1.0) < 0.02)
std_ok = bool(abs(w.std().item() - 0.1) < 0.01)
results = {"shape": shape, "mean_ok": mean_ok, "std_ok": std_ok}
