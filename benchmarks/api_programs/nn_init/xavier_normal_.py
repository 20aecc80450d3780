# api: torch.nn.init.xavier_normal_
import torch
import torch.nn as nn
w = torch.empty(60, 40)
nn.init.xavier_normal_(w, gain=nn.init.calculate_gain('relu'))
shape = w.shape
dtype = w.dtype
std_ok = bool(abs(w.std().item() - 2 ** 0.5 * (2 / 100) ** 0.5) < 0.015)
results = {"shape": shape, "dtype": dtype, "std_ok": std_ok}
