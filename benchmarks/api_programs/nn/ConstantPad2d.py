# api: torch.nn.ConstantPad2d
import torch
import torch.nn as nn
image = torch.arange(6.).reshape(1, 2, 3)
pad = nn.ConstantPad2d((1, 0, 2, 1), -1.0)
padded = pad(image)
padded_uniform = nn.ConstantPad2d(1, value=9.0)(image)
