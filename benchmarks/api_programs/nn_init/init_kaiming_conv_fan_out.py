# api: torch.nn.init.kaiming_uniform_
import torch
import torch.nn as nn
conv = nn.Conv2d(16, 32, kernel_size=3)
nn.init.kaiming_uniform_(conv.weight, a=5 ** 0.5)
bound = 1 / (16 * 9) ** 0.5
within = bool(conv.weight.abs().max() <= bound + 1e-6)
near = bool(conv.weight.abs().max() > 0.9 * bound)
nn.init.kaiming_normal_(conv.weight, mode="fan_out")
std_ok = abs(conv.weight.std().item() - (2.0 / (32 * 9)) ** 0.5) < 0.01
