# api: torch.nn.init.xavier_normal
import torch
import torch.nn as nn
w = torch.empty(60, 40)
nn.init.xavier_normal(w)
shape = w.shape
std_ok = bool(abs(w.std().item() - (2 / 100) ** 0.5) < 0.01)
results = {"shape": shape, "std_ok": std_ok}
