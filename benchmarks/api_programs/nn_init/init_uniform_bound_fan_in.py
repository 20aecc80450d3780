# api: torch.nn.init.uniform_
import math
import torch
import torch.nn as nn
conv = nn.Conv2d(4, 6, 3)
fan_in, fan_out = nn.init._calculate_fan_in_and_fan_out(conv.weight)
bound = 1 / math.sqrt(fan_in)
nn.init.uniform_(conv.bias, -bound, bound)
in_bound = bool(conv.bias.abs().max() <= bound)
fans = (fan_in, fan_out)
