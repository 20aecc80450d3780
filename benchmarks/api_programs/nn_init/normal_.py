# api: torch.nn.init.normal_
import torch
import torch.nn as nn
w = torch.empty(100, 100)
nn.init.normal_(w, mean=2.0, std=0.1)
results = {"mean_ok": bool(abs(w.mean().item() - 2.0) < 0.01)}
