# api: torch.nn.init.kaiming_normal_
import torch
import torch.nn as nn
_w = torch.empty(512, 256)
nn.init.kaiming_normal_(_w, mode="fan_out", nonlinearity="relu")
std_close = abs(_w.std().item() - (2.0 / 512) ** 0.5) < 0.003
_u = torch.empty(300, 400)
nn.init.kaiming_uniform_(_u, a=0.1, mode="fan_in", nonlinearity="leaky_relu")
bound = (2.0 / (1 + 0.01)) ** 0.5 * (3.0 / 400) ** 0.5
within = bool(_u.abs().max() <= bound + 1e-6)
near_bound = bool(_u.abs().max() > bound * 0.95)
shape = _u.shape
