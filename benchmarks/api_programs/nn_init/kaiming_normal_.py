# api: torch.nn.init.kaiming_normal_
import torch
import torch.nn as nn
w = torch.empty(64, 32)
nn.init.kaiming_normal_(w, mode='fan_out', nonlinearity='relu')
results = {"shape": w.shape, "dtype": w.dtype, "std_ok": bool(abs(w.std().item() - (2 / 64) ** 0.5) < 0.02)}
