# api: torch.nn.init.xavier_uniform_
import torch
import torch.nn as nn
_w = torch.empty(64, 32, 3, 3)
nn.init.xavier_uniform_(_w, gain=nn.init.calculate_gain("relu"))
fan_in, fan_out = 32 * 9, 64 * 9
bound = 2 ** 0.5 * (6.0 / (fan_in + fan_out)) ** 0.5
within = bool(_w.abs().max() <= bound + 1e-6)
spread = bool(_w.abs().max() > 0.9 * bound)
_n = torch.empty(200, 300)
nn.init.xavier_normal_(_n, gain=0.5)
std_ok = abs(_n.std().item() - 0.5 * (2.0 / 500) ** 0.5) < 0.002
